package io.slarules.rules.facts;

import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;

import java.time.Instant;
import java.util.Objects;

/**
 * The one fact every evaluation holds about itself: the agreement, the period settled, and the
 * "as of" instant after which nothing is known (the period's end, or an instant inside the period for an
 * evaluation of what has accrued so far).
 *
 * @param agreement the agreement evaluated
 * @param period    the instants of the period settled
 * @param asOf      what is known: the period's end, or an instant before it
 */
public record EvaluationContext(Agreement agreement, Interval period, Instant asOf) {

    /**
     * Validates the fields.
     *
     * @param agreement the agreement evaluated
     * @param period the instants of the period settled
     * @param asOf what is known: the period's end, or an instant before it
     */
    public EvaluationContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The part of the period that is known: from its start up to the "as of" instant.
     *
     * @return the period, cut at {@code asOf}
     */
    public Interval known() {
        return asOf.isBefore(period.endExclusive()) ? Interval.of(period.startInclusive(), asOf) : period;
    }

    /**
     * Whether {@code owner} answers for {@code party}'s delay: it is the owner itself, or a
     * subcontractor the owner engaged. Their blocked intervals on the owner's obligations are the
     * owner's own delay.
     *
     * @param owner the party that owes an obligation
     * @param party the party whose delay is in question
     * @return whether the owner answers for that party's delay
     */
    public boolean answersFor(String owner, String party) {
        return agreement.answeredBy(owner).contains(party);
    }
}
