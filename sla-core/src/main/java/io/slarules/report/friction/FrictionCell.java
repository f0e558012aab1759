package io.slarules.report.friction;

import io.slarules.model.Money;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One cell of a friction report's matrix: what {@code responsible} cost {@code affected} in the
 * period. How each figure is counted is defined once, on {@link FrictionReport}.
 *
 * @param responsible the party that held the other up (or owes it money)
 * @param affected    the party held up (or owed)
 * @param delay       delay, lost time and case overruns born here, summed
 * @param knockOn     delay passed on from a late dependency: the same time seen again downstream,
 *                    shown but not added to {@code delay}
 * @param shortfall   quota units short
 * @param breaches    obligations late on the responsible party's own account, objective windows
 *                    missed and cases breached
 * @param owed        money owed from the responsible party to the affected one, one amount per
 *                    currency, by currency code
 * @param subjects    the obligations, cases and objective windows behind the figures, sorted
 */
public record FrictionCell(String responsible, String affected, Duration delay, Duration knockOn, long shortfall,
                           int breaches, List<Money> owed, List<Subject> subjects) {

    /**
     * Validates the fields.
     *
     * @param responsible the party that held the other up (or owes it money)
     * @param affected the party held up (or owed)
     * @param delay delay, lost time and case overruns born here, summed
     * @param knockOn delay passed on from a late dependency: the same time seen again downstream, shown but not added
     *                to {@code delay}
     * @param shortfall quota units short
     * @param breaches obligations late on the responsible party's own account, objective windows missed and cases
     *                 breached
     * @param owed money owed from the responsible party to the affected one, one amount per currency, by currency
     *             code
     * @param subjects the obligations, cases and objective windows behind the figures, sorted
     */
    public FrictionCell {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(knockOn, "knockOn");
        owed = List.copyOf(owed);
        subjects = List.copyOf(subjects);
        if (delay.isNegative() || knockOn.isNegative() || shortfall < 0 || breaches < 0) {
            throw new IllegalArgumentException("SLA Rules: a friction cell's figures cannot be negative: "
                    + responsible + " -> " + affected);
        }
    }

    /**
     * {@return the amount owed in a currency; zero when none}
     *
     * @param currency the currency
     */
    public Money owed(java.util.Currency currency) {
        return owed.stream().filter(m -> m.currency().equals(currency)).findFirst().orElse(Money.zero(currency));
    }
}
