package io.slarules.report.friction;

import io.slarules.model.money.Money;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One cell of a friction report's matrix: what {@code responsible} cost {@code affected} in the
 * period. How each figure is counted is defined once, on {@link FrictionReport}. Built by the
 * report only (no public constructor), so it may gain a figure in a minor release.
 */
public final class FrictionCell {

    private final String responsible;
    private final String affected;
    private final Duration delay;
    private final Duration knockOn;
    private final long shortfall;
    private final int breaches;
    private final List<Money> owed;
    private final List<Subject> subjects;

    /** Validates the fields. */
    FrictionCell(String responsible, String affected, Duration delay, Duration knockOn, long shortfall,
                 int breaches, List<Money> owed, List<Subject> subjects) {
        this.responsible = Objects.requireNonNull(responsible, "responsible");
        this.affected = Objects.requireNonNull(affected, "affected");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.knockOn = Objects.requireNonNull(knockOn, "knockOn");
        this.shortfall = shortfall;
        this.breaches = breaches;
        this.owed = List.copyOf(owed);
        this.subjects = List.copyOf(subjects);
        if (delay.isNegative() || knockOn.isNegative() || shortfall < 0 || breaches < 0) {
            throw new IllegalArgumentException("SLA Rules: a friction cell's figures cannot be negative: "
                    + responsible + " -> " + affected);
        }
    }

    /** {@return the party that held the other up (or owes it money)} */
    public String responsible() {
        return responsible;
    }

    /** {@return the party held up (or owed)} */
    public String affected() {
        return affected;
    }

    /** {@return delay, lost time and case overruns born here, summed} */
    public Duration delay() {
        return delay;
    }

    /**
     * {@return delay passed on from a late dependency: the same time seen again downstream, shown but not
     * added to {@link #delay()}}
     */
    public Duration knockOn() {
        return knockOn;
    }

    /** {@return quota units short} */
    public long shortfall() {
        return shortfall;
    }

    /**
     * {@return obligations late on the responsible party's own account, objective windows missed and cases
     * breached}
     */
    public int breaches() {
        return breaches;
    }

    /**
     * {@return money owed from the responsible party to the affected one, one amount per currency, by
     * currency code}
     */
    public List<Money> owed() {
        return owed;
    }

    /** {@return the obligations, cases and objective windows behind the figures, sorted} */
    public List<Subject> subjects() {
        return subjects;
    }

    /**
     * The amount owed in a currency.
     *
     * @param currency the currency
     * @return the amount; zero when nothing is owed in it
     */
    public Money owed(java.util.Currency currency) {
        return owed.stream().filter(m -> m.currency().equals(currency)).findFirst().orElse(Money.zero(currency));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrictionCell c && c.responsible.equals(responsible) && c.affected.equals(affected)
                && c.delay.equals(delay) && c.knockOn.equals(knockOn) && c.shortfall == shortfall
                && c.breaches == breaches && c.owed.equals(owed) && c.subjects.equals(subjects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responsible, affected, delay, knockOn, shortfall, breaches, owed, subjects);
    }

    @Override
    public String toString() {
        return "FrictionCell[responsible=" + responsible + ", affected=" + affected + ", delay=" + delay
                + ", knockOn=" + knockOn + ", shortfall=" + shortfall + ", breaches=" + breaches + ", owed=" + owed
                + ", subjects=" + subjects + "]";
    }
}
