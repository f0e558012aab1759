package io.slarules.testkit.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The pieces {@link ServiceLevelArbitraries} generates and {@link ServiceLevelInput} builds a
 * service-level agreement, timeline and history from. Each piece shrinks on its own; instants are
 * minutes from the start of the first month evaluated.
 */
public final class ServiceLevelSpecs {

    private ServiceLevelSpecs() {
    }

    /** Who caused an outage. */
    public enum Cause {
        /** A fault of the provider. */
        PROVIDER,
        /** A fault of the provider's subcontractor: the provider answers for it. */
        SUBCONTRACTOR,
        /** A fault of the customer. */
        CUSTOMER,
        /** Force majeure: excused. */
        FORCE_MAJEURE,
        /** Maintenance, announced 8 days ahead (excused everywhere). */
        MAINTENANCE_ANNOUNCED,
        /** Maintenance without notice: excused only inside the Sunday 02:00-04:00 window. */
        MAINTENANCE_UNANNOUNCED
    }

    /**
     * The terms: zone, months evaluated, fees, the availability objective's terms, which other
     * objectives exist, the credit clauses' extra terms and the agreement's caps.
     *
     * @param zone          index into the zones
     * @param firstMonth    0-10: the first month evaluated, counted from January 2026
     * @param months        1-3 months evaluated
     * @param webFee        the availability service's fee, in cents
     * @param supportFee    the support service's fee, in cents
     * @param availability  the availability objective's terms
     * @param timeTo        the time-to objective, if any
     * @param quota         the quota objective, if any
     * @param clause        the extra terms of the availability clause
     * @param perMonthCap   the monthly cap in percent of the month's fees, if any
     * @param rolling       the rolling cap (months, percent), if any
     */
    public record Terms(int zone, int firstMonth, int months, long webFee, long supportFee, AvailabilitySpec availability,
                        Optional<TimeToSpec> timeTo, Optional<Long> quota, ClauseSpec clause,
                        Optional<Integer> perMonthCap, Optional<RollingSpec> rolling) {
    }

    /**
     * The availability objective.
     *
     * @param target        index into the targets (99.0, 99.5, 99.9, 99.95)
     * @param lessExcluded  whether the denominator leaves out excluded time
     * @param minimumMinutes the minimum outage in minutes (0: every outage counts)
     * @param rounding      the per-outage rounding to whole minutes, if any
     * @param office        whether it is measured on a Mon-Fri 09:00-17:00 calendar instead of 24x7
     * @param window        the measurement window: 0 calendar months, 1 ISO weeks, 2 calendar quarters
     */
    public record AvailabilitySpec(int target, boolean lessExcluded, int minimumMinutes, Optional<RoundingMode> rounding,
                                   boolean office, int window) {
    }

    /**
     * The time-to objective: P1 cases within {@code hours}, P2 cases: {@code share} % within twice as long.
     *
     * @param hours    the P1 target in hours
     * @param share    the P2 share target in percent
     * @param perBreach the amount per breached P1 case, in cents
     * @param cap      the clause's cap per window, in cents, if any
     */
    public record TimeToSpec(int hours, int share, long perBreach, Optional<Long> cap) {
    }

    /**
     * The availability clause's extra terms.
     *
     * @param capPercent  the cap per window in percent of the fee, if any
     * @param minimum     the minimum credit in cents, if any
     * @param earnBack    earn-back windows, 0 for none
     * @param repeat      repeat-offence windows (extra 5 %), 0 for none
     * @param bonus       whether 99.99 % or more earns a 2 % bonus
     */
    public record ClauseSpec(Optional<Integer> capPercent, Optional<Long> minimum, int earnBack, int repeat,
                             boolean bonus) {
    }

    /**
     * A rolling cap.
     *
     * @param months  2-12
     * @param percent 1-20
     */
    public record RollingSpec(int months, int percent) {
    }

    /**
     * An outage of the web service.
     *
     * @param cause   who or what caused it
     * @param start   minutes from the first month's start (may be a little before it)
     * @param seconds extra seconds on the start, so outages are not all whole minutes
     * @param length  minutes, at least 1
     */
    public record OutageSpec(Cause cause, int start, int seconds, int length) {
    }

    /**
     * A support case.
     *
     * @param p1       whether it is P1 (else P2)
     * @param start    minutes from the first month's start
     * @param pauses   waits, each (minutes after the previous event, minutes waiting, on the customer?)
     * @param resolved minutes after the last event until it is resolved; empty: still open
     */
    public record CaseSpec(boolean p1, int start, List<PauseSpec> pauses, Optional<Integer> resolved) {
    }

    /**
     * A wait of a case.
     *
     * @param after      minutes after the previous event
     * @param length     minutes waiting
     * @param onCustomer on the customer (else on the provider's subcontractor, which does not pause the clock)
     */
    public record PauseSpec(int after, int length, boolean onCustomer) {
    }

    /**
     * Leads counted.
     *
     * @param at       minutes from the first month's start
     * @param quantity how many
     */
    public record CountSpec(int at, int quantity) {
    }

    /**
     * One earlier month of the history.
     *
     * @param creditedPermille the credits of the month, in thousandths of its fees
     * @param met              whether the objectives were met that month
     */
    public record MonthSpec(int creditedPermille, boolean met) {
    }

    /**
     * Everything.
     *
     * @param terms    the agreement's terms
     * @param outages  outages of the web service
     * @param cases    support cases
     * @param counts   leads counted
     * @param history  the months before the first one evaluated, latest last (only as many as the agreement had)
     */
    public record InputSpec(Terms terms, List<OutageSpec> outages, List<CaseSpec> cases, List<CountSpec> counts,
                            List<MonthSpec> history) {
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
