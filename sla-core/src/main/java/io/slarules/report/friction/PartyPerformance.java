package io.slarules.report.friction;

import io.slarules.model.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one party did in the period, as promisor: its obligations and its objectives, the customer's
 * as much as the provider's.
 *
 * @param party          the party
 * @param settled        its obligations fulfilled in the period
 * @param onTime         of those, fulfilled no later than their agreed due date (before any shift)
 * @param lateOwnAccount of those, late with a share of the delay on its own (or its
 *                       subcontractors') account; the rest of the late ones were held up by others
 *                       or excused
 * @param openLate       its obligations still open and already late at the period's end
 *                       (provisional; they count when they settle)
 * @param windows        the objective windows it is obligated for that the period settled
 * @param windowsMet     of those, met
 * @param delayCaused    the delay of every cell where it is responsible
 * @param delaySuffered  the delay of every cell where it is affected
 * @param excused        excused time (force majeure, maintenance) on its obligations, objectives and cases
 * @param pays           money it owes, one amount per currency
 * @param receives       money owed to it, one amount per currency
 */
public record PartyPerformance(ReportParty party, int settled, int onTime, int lateOwnAccount, int openLate,
                               int windows, int windowsMet, Duration delayCaused, Duration delaySuffered,
                               Duration excused, List<Money> pays, List<Money> receives) {

    /**
     * Validates the fields.
     *
     * @param party the party
     * @param settled its obligations fulfilled in the period
     * @param onTime of those, fulfilled no later than their agreed due date (before any shift)
     * @param lateOwnAccount of those, late with a share of the delay on its own (or its subcontractors') account; the
     *                       rest of the late ones were held up by others or excused
     * @param openLate its obligations still open and already late at the period's end (provisional; they count when
     *                 they settle)
     * @param windows the objective windows it is obligated for that the period settled
     * @param windowsMet of those, met
     * @param delayCaused the delay of every cell where it is responsible
     * @param delaySuffered the delay of every cell where it is affected
     * @param excused excused time (force majeure, maintenance) on its obligations, objectives and cases
     * @param pays money it owes, one amount per currency
     * @param receives money owed to it, one amount per currency
     */
    public PartyPerformance {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(delayCaused, "delayCaused");
        Objects.requireNonNull(delaySuffered, "delaySuffered");
        Objects.requireNonNull(excused, "excused");
        pays = List.copyOf(pays);
        receives = List.copyOf(receives);
        if (onTime > settled || lateOwnAccount > settled - onTime || windowsMet > windows) {
            throw new IllegalArgumentException("SLA Rules: inconsistent performance of " + party.id());
        }
    }

    /**
     * {@return the share of its settled obligations fulfilled on time, in percent to one decimal; empty when none
     * settled}
     */
    public Optional<BigDecimal> onTimeRate() {
        return rate(onTime, settled);
    }

    /** {@return the share of its objective windows met, in percent to one decimal; empty when it has none} */
    public Optional<BigDecimal> windowsMetRate() {
        return rate(windowsMet, windows);
    }

    /** {@return whether it had anything to perform in the period} */
    public boolean hasObligationsOrObjectives() {
        return settled + openLate + windows > 0;
    }

    private static Optional<BigDecimal> rate(int part, int whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN));
    }
}
