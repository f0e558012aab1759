package io.slarules.rules.facts;

import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;

import io.slarules.internal.calc.DelayCount;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
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
     * {@return the price of a delay pro rata, {@code rate x delay / unitLength}, unrounded} The quotient is kept
     * to 20 digits past the minor unit with a sticky last digit when it does not end, so that rounding it once
     * gives what rounding the exact fraction would.
     *
     * @param rate the amount per unit
     * @param delay the attributed delay
     * @param unitLength the length of one unit
     */
    public static Money proRataPrice(Money rate, Duration delay, Duration unitLength) {
        return DelayCount.proRata(rate, delay, unitLength);
    }

    /**
     * {@code "10/7 x 1,600.00 EUR (2 % of 80,000.00 EUR) = 2,285.714285... EUR."}: a price pro rata, the
     * fraction of the unit in lowest terms, checked: the line must recompute its result. A result that does not
     * end is shown to 4 digits past the minor unit, followed by "...".
     *
     * @param delay the attributed delay
     * @param unitLength the length of one unit
     * @param rate the amount per unit
     * @param basis where the rate comes from (see {@link #basisOf}); empty for none
     * @param result the price, from {@link #proRataPrice}
     * @return the line
     * @throws IllegalArgumentException when {@code result} is not the pro-rata price
     */
    public static String proRata(Duration delay, Duration unitLength, Money rate, String basis, Money result) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(result, "result");
        Money expected = DelayCount.proRata(rate, delay, unitLength);
        if (expected.compareTo(result) != 0) {
            throw new IllegalArgumentException("SLA Rules: " + delay + " / " + unitLength + " x " + money(rate)
                    + " is not " + money(result) + "; a derivation line states the arithmetic of its result");
        }
        BigInteger[] f = DelayCount.fraction(delay, unitLength);
        String fraction = f[1].equals(BigInteger.ONE) ? f[0].toString() : f[0] + "/" + f[1];
        return fraction + " x " + money(rate) + (basis.isEmpty() ? "" : " (" + basis + ")") + " = "
                + approximately(result) + ".";
    }

    /** An exact amount, or one that does not end shown to 4 digits past the minor unit and "...". */
    private static String approximately(Money money) {
        int shown = Math.max(money.currency().getDefaultFractionDigits(), 0) + 4;
        if (money.amount().stripTrailingZeros().scale() <= shown) {
            return money(money);
        }
        Money cut = Money.of(money.amount().setScale(shown, RoundingMode.DOWN), money.currency());
        String text = money(cut);
        int space = text.lastIndexOf(' ');
        return text.substring(0, space) + "..." + text.substring(space);
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
        return Objects.requireNonNull(money, "money").toDisplayString();
    }
}
