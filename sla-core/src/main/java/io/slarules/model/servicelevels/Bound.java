package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;

/**
 * One end of a band of achieved levels, explicit about whether the level itself belongs to the
 * band: contracts differ ("less than 99.9 %" is an exclusive upper bound, "99.9 % or less" an
 * inclusive one).
 *
 * @param level     a percentage, 0 to 100
 * @param inclusive whether the level itself lies inside
 */
public record Bound(BigDecimal level, boolean inclusive) {

    /**
     * Validates the level.
     *
     * @param level a percentage, 0 to 100
     * @param inclusive whether the level itself lies inside
     */
    public Bound {
        Checks.percent(level, "agreement", "level");
    }

    /**
     * The bound that holds the level itself ({@code at least}, {@code at or below}).
     *
     * @param level a percentage, 0 to 100
     * @return the inclusive bound
     */
    public static Bound inclusive(BigDecimal level) {
        return new Bound(level, true);
    }

    /**
     * The bound that excludes the level itself ({@code above}, {@code below}).
     *
     * @param level a percentage, 0 to 100
     * @return the exclusive bound
     */
    public static Bound exclusive(BigDecimal level) {
        return new Bound(level, false);
    }

    /**
     * {@return whether {@code value} lies at or above this bound, taken as a lower bound}
     *
     * @param value an achieved level, a percentage
     */
    public boolean admitsFromAbove(BigDecimal value) {
        int c = value.compareTo(level);
        return c > 0 || c == 0 && inclusive;
    }

    /**
     * {@return whether {@code value} lies at or below this bound, taken as an upper bound}
     *
     * @param value an achieved level, a percentage
     */
    public boolean admitsFromBelow(BigDecimal value) {
        int c = value.compareTo(level);
        return c < 0 || c == 0 && inclusive;
    }

    /**
     * As a lower bound, in words: "at least 99 %" or "above 99 %".
     *
     * @return the bound in words, as a lower bound
     */
    public String asLower() {
        return (inclusive ? "at least " : "above ") + level.toPlainString() + " %";
    }

    /**
     * As an upper bound, in words: "below 99.9 %" or "at or below 99.9 %".
     *
     * @return the bound in words, as an upper bound
     */
    public String asUpper() {
        return (inclusive ? "at or below " : "below ") + level.toPlainString() + " %";
    }
}
