package io.slarules.internal.calc;

import io.slarules.Cause;
import io.slarules.DelayAttribution;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.calc.ConcurrentDelays;
import io.slarules.calc.IntervalClaim;
import io.slarules.calc.WallClock;

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
 * the claimed intervals by their start. Which of overlapping claims a stretch counts for is not
 * decided here: a rule of the concurrent phase decides it (by default
 * {@link ConcurrentDelays#firstStartWins}), and {@link #composeParts} takes its parts. What is left is
 * the owner's own delay.
 */
public final class Attributions {

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
        return composeParts(subject, owner, due, fulfilled, measuredTo, zone, dependencyShift,
                ConcurrentDelays.firstStartWins(claims), ownDelayRule);
    }

    /**
     * Composes an obligation's attribution from the parts of the claims a precedence rule decided count.
     *
     * @param subject         the obligation
     * @param owner           the party that owes it
     * @param due             when it was due, before any shift
     * @param fulfilled       when it was fulfilled, if it was
     * @param measuredTo      the fulfilment, or the "as of" instant while it is open
     * @param zone            the agreement's zone, whose wall clock measures the delay
     * @param dependencyShift the critical late dependency's segments, already passed on; may be empty
     * @param parts           the parts of the claims that count, disjoint
     * @param ownDelayRule    the rule that gives what is left to the owner
     * @return the attribution, its segments covering the delay from the due instant to {@code measuredTo}
     */
    public static DelayAttribution composeParts(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                                Instant measuredTo, ZoneId zone, List<Segment> dependencyShift,
                                                List<ConcurrentDelays.ClaimPart> parts, String ownDelayRule) {
        return composeOf(subject, owner, due, fulfilled, measuredTo, zone, dependencyShift,
                segments(subject, parts, zone), ownDelayRule);
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

    /** The parts as segments, in time order: the arithmetic of their lengths on the wall clock. */
    static List<Segment> segments(String subject, List<ConcurrentDelays.ClaimPart> parts, ZoneId zone) {
        List<ConcurrentDelays.ClaimPart> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparing((ConcurrentDelays.ClaimPart p) -> p.part())
                .thenComparing(p -> p.claim().event()));
        List<Segment> pieces = new ArrayList<>();
        for (ConcurrentDelays.ClaimPart p : ordered) {
            IntervalClaim claim = p.claim();
            Duration length = WallClock.between(p.part().startInclusive(), p.part().endExclusive(), zone);
            pieces.add(Segment.of(claim.responsible(), length, claim.cause(), subject,
                    Optional.of(claim.event()), Optional.of(p.part()), claim.reason(), List.of(),
                    List.of(claim.rule())));
        }
        return pieces;
    }
}
