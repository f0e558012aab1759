package io.slarules.internal.calc;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.calc.ConcurrentDelays;
import io.slarules.calc.IntervalClaim;
import io.slarules.calc.WallClock;
import io.slarules.model.Interval;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of attribution: given an obligation's lateness and the shifts rules have found
 * (a late dependency's segments, intervals claimed by other parties or excused), how much counts
 * against whom.
 *
 * <p>Shifts are used in time order until the lateness is covered: the dependency shift first, then
 * the claimed intervals by their start. Where claimed intervals overlap, the time counts once, for
 * the claim that started first (ties: the one that ends first, then by event id). What is left is
 * the owner's own delay.
 */
public final class Attributions {

    private static final Comparator<IntervalClaim> TIME_ORDER = Comparator
            .comparing(IntervalClaim::interval)
            .thenComparing(IntervalClaim::event);

    private Attributions() {
    }

    /**
     * Composes an obligation's attribution.
     *
     * @param subject         the obligation
     * @param owner           the party that owes it
     * @param due             when it was due, before any shift
     * @param fulfilled       when it was fulfilled, if it was
     * @param measuredTo      the fulfilment, or the "as of" instant while it is open
     * @param zone            the agreement's zone, whose wall clock measures the delay
     * @param dependencyShift the critical late dependency's segments, already passed on; may be empty
     * @param claims          intervals claimed for other parties or excused, each already clipped to
     *                        the obligation's work (the rules do that: time outside it shifts nothing)
     * @param ownDelayRule    the rule that gives what is left to the owner
     * @return the attribution, its segments covering the delay from the due instant to {@code measuredTo}
     */
    public static DelayAttribution compose(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                           Instant measuredTo, ZoneId zone, List<Segment> dependencyShift,
                                           List<IntervalClaim> claims, String ownDelayRule) {
        return composeOf(subject, owner, due, fulfilled, measuredTo, zone, dependencyShift,
                disjoint(subject, claims, zone), ownDelayRule);
    }

    /**
     * Composes an obligation's attribution from intervals already resolved into disjoint segments,
     * in time order: what {@link ConcurrentDelays} gives when the owner's side delayed the work too.
     *
     * @param subject the obligation
     * @param owner the party that owes it
     * @param due when it was due, before any shift
     * @param fulfilled when it was fulfilled, if it was
     * @param measuredTo the fulfilment, or the "as of" instant while it is open
     * @param zone the agreement's zone, whose wall clock measures the delay
     * @param dependencyShift the critical late dependency's segments, already passed on; may be empty
     * @param intervals the resolved segments, disjoint and in time order
     * @param ownDelayRule the rule that gives what is left to the owner
     * @return the attribution, its segments covering the delay from the due instant to {@code measuredTo}
     */
    public static DelayAttribution composeResolved(String subject, String owner, Instant due,
                                                   Optional<Instant> fulfilled, Instant measuredTo, ZoneId zone,
                                                   List<Segment> dependencyShift, List<Segment> intervals,
                                                   String ownDelayRule) {
        return composeOf(subject, owner, due, fulfilled, measuredTo, zone, dependencyShift, List.copyOf(intervals),
                ownDelayRule);
    }

    private static DelayAttribution composeOf(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                              Instant measuredTo, ZoneId zone, List<Segment> dependencyShift,
                                              List<Segment> intervals, String ownDelayRule) {
        Objects.requireNonNull(ownDelayRule, "ownDelayRule");
        Duration lateness = WallClock.between(due, measuredTo, zone);
        List<Segment> candidates = new ArrayList<>(dependencyShift);
        candidates.addAll(intervals);

        List<Segment> counted = new ArrayList<>();
        Duration left = lateness;
        for (Segment candidate : candidates) {
            if (left.isZero()) {
                break;
            }
            Segment used = candidate.truncatedTo(left);
            counted.add(used);
            left = left.minus(used.length());
        }
        if (!left.isZero()) {
            counted.add(Segment.of(Responsible.party(owner), left, Cause.OWN_DELAY, subject, Optional.empty(),
                    Optional.empty(), "", List.of(), List.of(ownDelayRule)));
        }
        DelayAttribution attribution = DelayAttribution.of(subject, owner, due, fulfilled, measuredTo, counted);
        assert attribution.total().equals(lateness) : "SLA Rules: attribution of " + subject + " lost time";
        return attribution;
    }

    /**
     * The claims as segments that do not overlap, in time order: each claim keeps only the time no
     * earlier claim took. Claims are taken by start, so every earlier claim starts no later than the
     * current one, and the time they took from it is everything before the latest end seen so far:
     * one pass, O(n log n) for the sort.
     */
    static List<Segment> disjoint(String subject, List<IntervalClaim> claims, ZoneId zone) {
        List<IntervalClaim> ordered = new ArrayList<>(claims);
        ordered.sort(TIME_ORDER);
        List<Segment> pieces = new ArrayList<>();
        Instant takenUntil = Instant.MIN;
        for (IntervalClaim claim : ordered) {
            Interval interval = claim.interval();
            Instant freeFrom = interval.startInclusive().isAfter(takenUntil) ? interval.startInclusive() : takenUntil;
            if (freeFrom.isBefore(interval.endExclusive())) {
                Interval free = Interval.of(freeFrom, interval.endExclusive());
                Duration length = WallClock.between(free.startInclusive(), free.endExclusive(), zone);
                pieces.add(Segment.of(claim.responsible(), length, claim.cause(), subject,
                        Optional.of(claim.event()), Optional.of(free), claim.reason(), List.of(),
                        List.of(claim.rule())));
                takenUntil = interval.endExclusive();
            }
        }
        return pieces;
    }
}
