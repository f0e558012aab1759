package io.slarules.rules.facts;

import io.slarules.model.Amount;
import io.slarules.model.LiquidatedDamages;
import io.slarules.model.Money;

import java.util.Objects;

/**
 * Lines of arithmetic a pricing rule states with its {@link Charge}, which the decision's explanation
 * prints as they are: the explanation never works a price out again, so a pack that prices
 * differently is explained by its own rule.
 *
 * <pre>{@code
 * long billable = Math.max(0, $as.units() - 2);
 * Money rate = $as.clause().ratePerUnit();
 * Money priced = rate.times(billable);
 * insert(new Charge($as, priced, List.of(
 *         "the first 2 days are free: " + $as.units() + " - 2 = " + billable + " days.",
 *         DerivationLine.times(billable, rate, priced)), drools.getRule().getName()));
 * }</pre>
 */
public final class DerivationLine {

    private DerivationLine() {
    }

    /**
     * {@code "2 x 1,000.00 EUR = 2,000.00 EUR."}, checked: the line must recompute its result.
     *
     * @param units  the count
     * @param rate   the amount per unit
     * @param result the product, exact
     * @return the line
     * @throws IllegalArgumentException when {@code result} is not {@code units x rate}
     */
    public static String times(long units, Money rate, Money result) {
        return times(units, rate, "", result);
    }

    /**
     * {@code "4 x 1,000.00 EUR (0.5 % of 200,000.00 EUR) = 4,000.00 EUR."}: the product with where
     * the rate comes from, checked: the line must recompute its result.
     *
     * @param units  the count
     * @param rate   the amount per unit
     * @param basis  where the rate comes from (see {@link #basisOf}); empty for none
     * @param result the product, exact
     * @return the line
     * @throws IllegalArgumentException when {@code result} is not {@code units x rate}
     */
    public static String times(long units, Money rate, String basis, Money result) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(result, "result");
        if (rate.times(units).compareTo(result) != 0) {
            throw new IllegalArgumentException("SLA Rules: " + units + " x " + money(rate) + " is not " + money(result)
                    + "; a derivation line states the arithmetic of its result");
        }
        return units + " x " + money(rate) + (basis.isEmpty() ? "" : " (" + basis + ")") + " = " + money(result) + ".";
    }

    /**
     * Where a clause's rate per unit comes from: {@code "0.5 % of 200,000.00 EUR"} for a percentage
     * of the contract value, empty for a fixed amount.
     *
     * @param clause the clause
     * @return the basis, or an empty string
     */
    public static String basisOf(LiquidatedDamages clause) {
        if (clause.rate() instanceof Amount.PercentOfValue p) {
            return p.percent().toPlainString() + " % of " + money(clause.value().orElseThrow());
        }
        return "";
    }

    /**
     * Money as explanations write it: {@code "1,000.00 EUR"}, exact amounts unrounded.
     *
     * @param money the amount
     * @return its display form
     */
    public static String money(Money money) {
        return money.toDisplayString();
    }
}
