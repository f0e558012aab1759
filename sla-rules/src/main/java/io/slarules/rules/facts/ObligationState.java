package io.slarules.rules.facts;

import io.slarules.DelayAttribution;
import io.slarules.Segment;
import io.slarules.calc.IntervalClaim;
import io.slarules.internal.calc.Attributions;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An obligation as of the evaluation's "as of" instant: its due date resolved, whether it was
 * fulfilled, and the time its owner could work on it.
 *
 * @param obligation      the obligation
 * @param due             when it was due; for a due date relative to an obligation not yet
 *                        fulfilled, it is not known yet and this is {@code measuredTo} (so it is
 *                        not late)
 * @param dueKnown        whether the due date could be resolved
 * @param fulfilled       when it was fulfilled, if by the "as of" instant
 * @param measuredTo      the fulfilment, or the "as of" instant while it is open
 * @param work            from the latest fulfilment of its dependencies (or the agreement's start)
 *                        to {@code measuredTo}: the time blocked intervals can shift it by
 * @param settledInPeriod whether its fulfilment falls in the period evaluated, so its decisions
 *                        are emitted now
 * @param settlementRank  its place in the order obligations were settled (fulfilment time, then
 *                        the agreement's order); caps are consumed in this order. Obligations still
 *                        open come after every settled one, in the agreement's order
 */
public record ObligationState(Obligation obligation, Instant due, boolean dueKnown, Optional<Instant> fulfilled,
                              Instant measuredTo, Interval work, boolean settledInPeriod, int settlementRank) {

    /**
     * Validates the fields.
     *
     * @param obligation the obligation
     * @param due when it was due; for a due date relative to an obligation not yet fulfilled, it is not known yet and
     *            this is {@code measuredTo} (so it is not late)
     * @param dueKnown whether the due date could be resolved
     * @param fulfilled when it was fulfilled, if by the "as of" instant
     * @param measuredTo the fulfilment, or the "as of" instant while it is open
     * @param work from the latest fulfilment of its dependencies (or the agreement's start) to {@code measuredTo}:
     *             the time blocked intervals can shift it by
     * @param settledInPeriod whether its fulfilment falls in the period evaluated, so its decisions are emitted now
     * @param settlementRank its place in the order obligations were settled (fulfilment time, then the agreement's
     *                       order); caps are consumed in this order
     */
    public ObligationState {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(fulfilled, "fulfilled");
        Objects.requireNonNull(measuredTo, "measuredTo");
        Objects.requireNonNull(work, "work");
    }

    /** {@return the obligation's id} */
    public String id() {
        return obligation.id();
    }

    /** {@return the party that owes it} */
    public String owner() {
        return obligation.owner();
    }

    /** {@return whether it was fulfilled by the "as of" instant} */
    public boolean settled() {
        return fulfilled.isPresent();
    }

    /**
     * Composes this obligation's attribution from the shifts rules found: at most one dependency
     * shift, and the intervals claimed for other parties or excused.
     *
     * @param zone             the agreement's zone
     * @param dependencyShifts the {@link DependencyShift}s made for it (none or one)
     * @param claims           the {@link IntervalClaim}s of its {@link IntervalShift}s
     * @param ownDelayRule     the rule giving the rest to the owner
     * @return the obligation's delay attribution, its segments covering the whole delay
     */
    public DelayAttribution attribute(ZoneId zone, List<DependencyShift> dependencyShifts, List<IntervalClaim> claims,
                                      String ownDelayRule) {
        assert dependencyShifts.size() <= 1 : "SLA Rules: more than one dependency shift for " + id();
        List<Segment> shifted = dependencyShifts.isEmpty() ? List.of() : dependencyShifts.get(0).segments();
        return Attributions.compose(id(), owner(), due, fulfilled, measuredTo, zone, shifted, List.copyOf(claims),
                ownDelayRule);
    }

    /**
     * Composes this obligation's attribution from the shifts rules found, with the concurrent-delay
     * policy's resolution when the owner's side delayed the work itself.
     *
     * @param zone             the agreement's zone
     * @param dependencyShifts the {@link DependencyShift}s made for it (none or one)
     * @param claims           the {@link IntervalClaim}s of its {@link IntervalShift}s
     * @param ownDelays        the {@link IntervalClaim}s of its {@link OwnDelayInterval}s
     * @param resolutions      the {@link ConcurrentDelayResolution}s made for it (one whenever there
     *                         are own delays)
     * @param ownDelayRule     the rule giving the rest to the owner
     * @throws IllegalStateException when the owner's side delayed the work but no rule applied a
     *                               concurrent-delay policy (a rule pack declared a policy it does not implement)
     * @return the obligation's delay attribution, its segments covering the whole delay
     */
    public DelayAttribution attribute(ZoneId zone, List<DependencyShift> dependencyShifts, List<IntervalClaim> claims,
                                      List<IntervalClaim> ownDelays, List<ConcurrentDelayResolution> resolutions,
                                      String ownDelayRule) {
        if (ownDelays.isEmpty()) {
            return attribute(zone, dependencyShifts, claims, ownDelayRule);
        }
        if (resolutions.size() != 1) {
            throw new IllegalStateException("SLA Rules: " + resolutions.size() + " rules applied a concurrent-delay"
                    + " policy to " + id() + "; exactly one must (does a rule pack declare a policy it does not implement?)");
        }
        assert dependencyShifts.size() <= 1 : "SLA Rules: more than one dependency shift for " + id();
        List<Segment> shifted = dependencyShifts.isEmpty() ? List.of() : dependencyShifts.get(0).segments();
        ConcurrentDelayResolution resolution = resolutions.get(0);
        return Attributions.composeResolved(id(), owner(), due, fulfilled, measuredTo, zone, shifted,
                resolution.segments(), ownDelayRule);
    }

    /**
     * Composes this obligation's attribution from the parts of its claims a precedence rule decided count, with the
     * concurrent-delay policy's resolution when the owner's side delayed the work itself.
     *
     * @param zone             the agreement's zone
     * @param dependencyShifts the {@link DependencyShift}s made for it (none or one)
     * @param parts            the parts of its claims that count ({@link ClaimsInPrecedence})
     * @param ownDelays        the {@link IntervalClaim}s of its {@link OwnDelayInterval}s
     * @param resolutions      the {@link ConcurrentDelayResolution}s made for it (one whenever there are own delays)
     * @param ownDelayRule     the rule giving the rest to the owner
     * @throws IllegalStateException when the owner's side delayed the work but no rule applied a
     *                               concurrent-delay policy
     * @return the obligation's delay attribution, its segments covering the whole delay
     */
    public DelayAttribution attributeInPrecedence(ZoneId zone, List<DependencyShift> dependencyShifts,
                                                  List<io.slarules.calc.ConcurrentDelays.ClaimPart> parts,
                                                  List<IntervalClaim> ownDelays,
                                                  List<ConcurrentDelayResolution> resolutions, String ownDelayRule) {
        if (!ownDelays.isEmpty()) {
            return attribute(zone, dependencyShifts, List.of(), ownDelays, resolutions, ownDelayRule);
        }
        assert dependencyShifts.size() <= 1 : "SLA Rules: more than one dependency shift for " + id();
        List<Segment> shifted = dependencyShifts.isEmpty() ? List.of() : dependencyShifts.get(0).segments();
        return Attributions.composeParts(id(), owner(), due, fulfilled, measuredTo, zone, shifted, parts,
                ownDelayRule);
    }

    /** {@return whether it was due before it was fulfilled (or before the "as of" instant, while open)} */
    public boolean late() {
        return measuredTo.isAfter(due);
    }
}
