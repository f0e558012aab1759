package io.slarules.calc;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
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
     * @param claims          intervals of the obligation's work claimed for other parties or excused
     * @param ownDelayRule    the rule that gives what is left to the owner
     */
    public static DelayAttribution compose(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                           Instant measuredTo, ZoneId zone, List<Segment> dependencyShift,
                                           List<IntervalClaim> claims, String ownDelayRule) {
        Objects.requireNonNull(ownDelayRule, "ownDelayRule");
        Duration lateness = WallClock.between(due, measuredTo, zone);
        List<Segment> candidates = new ArrayList<>(dependencyShift);
        candidates.addAll(disjoint(subject, claims, zone));

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
            counted.add(new Segment(Responsible.party(owner), left, Cause.OWN_DELAY, subject, Optional.empty(),
                    Optional.empty(), "", List.of(), List.of(ownDelayRule)));
        }
        DelayAttribution attribution = DelayAttribution.of(subject, owner, due, fulfilled, measuredTo, counted);
        assert attribution.total().equals(lateness) : "SLA Rules: attribution of " + subject + " lost time";
        return attribution;
    }

    /**
     * The claims as segments that do not overlap, in time order: each claim keeps only the time no
     * earlier claim took.
     */
    static List<Segment> disjoint(String subject, List<IntervalClaim> claims, ZoneId zone) {
        List<IntervalClaim> ordered = new ArrayList<>(claims);
        ordered.sort(TIME_ORDER);
        List<Interval> taken = new ArrayList<>();
        List<Segment> pieces = new ArrayList<>();
        for (IntervalClaim claim : ordered) {
            for (Interval free : minus(claim.interval(), taken)) {
                Duration length = WallClock.between(free.startInclusive(), free.endExclusive(), zone);
                pieces.add(new Segment(claim.responsible(), length, claim.cause(), subject,
                        Optional.of(claim.event()), Optional.of(free), claim.reason(), List.of(),
                        List.of(claim.rule())));
            }
            taken.add(claim.interval());
        }
        pieces.sort(Comparator.comparing(s -> s.interval().orElseThrow()));
        return pieces;
    }

    /** The parts of {@code interval} outside every one of {@code taken}, in time order. */
    static List<Interval> minus(Interval interval, List<Interval> taken) {
        List<Interval> free = new ArrayList<>();
        if (!interval.isEmpty()) {
            free.add(interval);
        }
        for (Interval t : taken) {
            List<Interval> next = new ArrayList<>();
            for (Interval f : free) {
                if (!f.overlaps(t)) {
                    next.add(f);
                    continue;
                }
                if (f.startInclusive().isBefore(t.startInclusive())) {
                    next.add(Interval.of(f.startInclusive(), t.startInclusive()));
                }
                if (t.endExclusive().isBefore(f.endExclusive())) {
                    next.add(Interval.of(t.endExclusive(), f.endExclusive()));
                }
            }
            free = next;
        }
        free.sort(Comparator.naturalOrder());
        return free;
    }
}
