package io.slarules.report.friction;

import io.slarules.model.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one party did in the period, as promisor: its obligations and its objectives, the customer's
 * as much as the provider's. Built by the report only (no public constructor), so it may gain a
 * figure in a minor release.
 */
public final class PartyPerformance {

    private final ReportParty party;
    private final int settled;
    private final int onTime;
    private final int lateOwnAccount;
    private final int openLate;
    private final int windows;
    private final int windowsMet;
    private final Duration delayCaused;
    private final Duration delaySuffered;
    private final Duration excused;
    private final List<Money> pays;
    private final List<Money> receives;

    /** Validates the fields. */
    PartyPerformance(ReportParty party, int settled, int onTime, int lateOwnAccount, int openLate,
                     int windows, int windowsMet, Duration delayCaused, Duration delaySuffered,
                     Duration excused, List<Money> pays, List<Money> receives) {
        this.party = Objects.requireNonNull(party, "party");
        this.settled = settled;
        this.onTime = onTime;
        this.lateOwnAccount = lateOwnAccount;
        this.openLate = openLate;
        this.windows = windows;
        this.windowsMet = windowsMet;
        this.delayCaused = Objects.requireNonNull(delayCaused, "delayCaused");
        this.delaySuffered = Objects.requireNonNull(delaySuffered, "delaySuffered");
        this.excused = Objects.requireNonNull(excused, "excused");
        this.pays = List.copyOf(pays);
        this.receives = List.copyOf(receives);
        if (onTime > settled || lateOwnAccount > settled - onTime || windowsMet > windows) {
            throw new IllegalArgumentException("SLA Rules: inconsistent performance of " + party.id());
        }
    }

    /** {@return the party} */
    public ReportParty party() {
        return party;
    }

    /** {@return its obligations fulfilled in the period} */
    public int settled() {
        return settled;
    }

    /** {@return of those, fulfilled no later than their agreed due date (before any shift)} */
    public int onTime() {
        return onTime;
    }

    /**
     * {@return of those, late with a share of the delay on its own (or its subcontractors') account; the
     * rest of the late ones were held up by others or excused}
     */
    public int lateOwnAccount() {
        return lateOwnAccount;
    }

    /**
     * {@return its obligations still open and already late at the period's end (provisional; they count when
     * they settle)}
     */
    public int openLate() {
        return openLate;
    }

    /** {@return the objective windows it is obligated for that the period settled} */
    public int windows() {
        return windows;
    }

    /** {@return of those, met} */
    public int windowsMet() {
        return windowsMet;
    }

    /** {@return the delay of every cell where it is responsible} */
    public Duration delayCaused() {
        return delayCaused;
    }

    /** {@return the delay of every cell where it is affected} */
    public Duration delaySuffered() {
        return delaySuffered;
    }

    /** {@return excused time (force majeure, maintenance) on its obligations, objectives and cases} */
    public Duration excused() {
        return excused;
    }

    /** {@return money it owes, one amount per currency} */
    public List<Money> pays() {
        return pays;
    }

    /** {@return money owed to it, one amount per currency} */
    public List<Money> receives() {
        return receives;
    }

    /**
     * {@return the share of its settled obligations fulfilled on time, in percent to one decimal; empty when
     * none settled}
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

    @Override
    public boolean equals(Object other) {
        return other instanceof PartyPerformance p && p.party.equals(party) && p.settled == settled
                && p.onTime == onTime && p.lateOwnAccount == lateOwnAccount && p.openLate == openLate
                && p.windows == windows && p.windowsMet == windowsMet && p.delayCaused.equals(delayCaused)
                && p.delaySuffered.equals(delaySuffered) && p.excused.equals(excused) && p.pays.equals(pays)
                && p.receives.equals(receives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, settled, onTime, lateOwnAccount, openLate, windows, windowsMet, delayCaused,
                delaySuffered, excused, pays, receives);
    }

    @Override
    public String toString() {
        return "PartyPerformance[party=" + party + ", settled=" + settled + ", onTime=" + onTime + ", lateOwnAccount="
                + lateOwnAccount + ", openLate=" + openLate + ", windows=" + windows + ", windowsMet=" + windowsMet
                + ", delayCaused=" + delayCaused + ", delaySuffered=" + delaySuffered + ", excused=" + excused
                + ", pays=" + pays + ", receives=" + receives + "]";
    }
}
