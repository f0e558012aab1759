package io.slarules.internal.calc;

import io.slarules.model.DelayRounding;
import io.slarules.model.DelayUnit;

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
        long whole = delay.dividedBy(unit.length());
        boolean partial = !delay.minus(unit.length().multipliedBy(whole)).isZero();
        return rounding == DelayRounding.UP && partial ? whole + 1 : whole;
    }
}
