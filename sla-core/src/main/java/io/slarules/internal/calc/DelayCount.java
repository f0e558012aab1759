package io.slarules.internal.calc;

import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.LiquidatedDamages;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/** Turns a delay into the count of units a clause prices. */
public final class DelayCount {

    private DelayCount() {
    }

    /**
     * The number of {@code unit}s in {@code delay}: with {@code UP} a started unit counts, with
     * {@code DOWN} only whole ones do. 5 days 18 hours is 6 days {@code UP} and 5 days {@code DOWN}.
     *
     * @param delay the attributed delay on the wall clock; not negative
     * @param unit the unit the clause prices, days or hours
     * @param rounding whether a started unit counts ({@code UP}) or only whole ones ({@code DOWN})
     * @return the number of units, 0 for no delay
     */
    public static long units(Duration delay, DelayUnit unit, DelayRounding rounding) {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rounding, "rounding");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        long[] counted = wholeAndPartial(delay, unit.length());
        return rounding == DelayRounding.UP && counted[1] != 0 ? counted[0] + 1 : counted[0];
    }

    /**
     * The number of the clause's units in {@code delay}, counted as the clause says: started units ({@code UP}),
     * whole units ({@code DOWN}), started units for {@code PRO_RATA} (whose price uses the exact fraction, see
     * {@link #proRata}), and 1 for any delay at all with {@code ONCE}. 10 days per week: 2 started, 1 whole.
     *
     * @param delay the attributed delay on the wall clock; not negative
     * @param clause the clause, its unit's length and its counting
     * @return the number of units, 0 for no delay
     */
    public static long units(Duration delay, LiquidatedDamages clause) {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(clause, "clause");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        long[] counted = wholeAndPartial(delay, clause.unitLength());
        long whole = counted[0];
        boolean partial = counted[1] != 0;
        return switch (clause.rounding()) {
            case DOWN -> whole;
            case UP, PRO_RATA -> partial ? whole + 1 : whole;
            case ONCE -> delay.isZero() ? 0 : 1;
        };
    }

    /**
     * The exact fraction of units in {@code delay}, for explanations: {@code 10/7} as {@code [10, 7]} in lowest
     * terms, counted in the unit's base (days or hours) when the delay is a whole number of them, else in seconds.
     *
     * @param delay the attributed delay
     * @param unitLength the length of one unit
     * @return the numerator and denominator, in lowest terms
     */
    public static BigInteger[] fraction(Duration delay, Duration unitLength) {
        BigInteger numerator = nanos(delay);
        BigInteger denominator = nanos(unitLength);
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        return new BigInteger[] {numerator.divide(gcd), denominator.divide(gcd)};
    }

    /**
     * {@code rate x delay / unitLength}, the price of a delay pro rata. Exact when the quotient ends; otherwise
     * carried to 20 decimals past the currency's minor unit and marked inexact by a last digit 1 (a "sticky"
     * digit): rounding it once to the minor unit, in any mode, then gives what rounding the exact fraction
     * would. 10/7 x 1,600.00 EUR = 2,285.714285... EUR, 2,285.71 EUR rounded half up.
     *
     * @param rate the price of one unit
     * @param delay the attributed delay
     * @param unitLength the length of one unit
     * @return the price, unrounded
     */
    public static Money proRata(Money rate, Duration delay, Duration unitLength) {
        Objects.requireNonNull(rate, "rate");
        BigDecimal numerator = rate.amount().multiply(new BigDecimal(nanos(delay)));
        BigDecimal denominator = new BigDecimal(nanos(unitLength));
        int scale = Math.max(rate.currency().getDefaultFractionDigits(), 0) + 20;
        BigDecimal truncated = numerator.divide(denominator, scale, RoundingMode.DOWN);
        if (truncated.multiply(denominator).compareTo(numerator) == 0) {
            BigDecimal exact = truncated.stripTrailingZeros();
            return Money.of(exact.scale() < rate.amount().scale() ? exact.setScale(rate.amount().scale()) : exact,
                    rate.currency());
        }
        BigDecimal sticky = BigDecimal.ONE.movePointLeft(scale + 1);
        return Money.of(truncated.add(truncated.signum() < 0 ? sticky.negate() : sticky), rate.currency());
    }

    /**
     * The whole units in {@code delay} and what is left over, in nanoseconds. Both fit a {@code long} for any delay
     * up to 292 years, so the division is exact in long arithmetic; {@link Duration#dividedBy(Duration)} goes through
     * {@code BigDecimal} and was a measurable share of an evaluation (issue 15). Longer durations take that exact
     * path still.
     */
    private static long[] wholeAndPartial(Duration delay, Duration length) {
        long delayNanos;
        long lengthNanos;
        try {
            delayNanos = delay.toNanos();
            lengthNanos = length.toNanos();
        } catch (ArithmeticException tooLong) {
            long whole = delay.dividedBy(length);
            return new long[] {whole, delay.minus(length.multipliedBy(whole)).isZero() ? 0 : 1};
        }
        return new long[] {delayNanos / lengthNanos, delayNanos % lengthNanos};
    }

    private static BigInteger nanos(Duration d) {
        return BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(d.getNano()));
    }
}
