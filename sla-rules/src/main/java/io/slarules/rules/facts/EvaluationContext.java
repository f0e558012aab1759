package io.slarules.rules.facts;

import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one fact every session holds about itself, deadlines, service levels and a monitor's alike: the agreement,
 * the period settled, and the "as of" instant after which nothing is known (the period's end, or an instant inside
 * the period for an evaluation of what has accrued so far). A deadline session's period is the evaluation's; a
 * service-level session's is the billing month it settles; a monitor's is the billing month its watermark is in,
 * known up to the watermark, and its agreement carries the {@link Agreement#watchTerms() thresholds} it is watched
 * with. What only one pipeline needs is a fact of its own: the cap phase's {@link CapLedger}, the service levels'
 * {@link io.slarules.model.servicelevels.History}.
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
     * {@return the days of the period in the agreement's zone} Every session's period starts and ends at the start
     * of a day there (the evaluation's period, a billing month).
     */
    public DateRange dates() {
        return DateRange.of(LocalDate.ofInstant(period.startInclusive(), agreement.zone()),
                LocalDate.ofInstant(period.endExclusive(), agreement.zone()));
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
