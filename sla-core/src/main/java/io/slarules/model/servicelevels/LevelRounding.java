package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How an achieved level (a percentage) is rounded before it is compared with the objective's target
 * and the credit bands, as the contract states it: "rounded to one decimal place, half up" is
 * {@code LevelRounding.of(1, RoundingMode.HALF_UP)}.
 *
 * <p>The default, {@link #truncated()}, keeps 10 decimals and drops the rest (never rounds up), so
 * a level just short of a target or a band's bound is never lifted onto it. A contract's rounding
 * is applied once, to the exact level (the exact fraction of a measured level, the reported figure
 * of a reported one), never to an already rounded one.
 *
 * @param scale the decimals kept, 0 to 10
 * @param mode  how the rest is rounded; not {@code UNNECESSARY}
 */
public record LevelRounding(int scale, RoundingMode mode) {

    /** The most decimals a level keeps. */
    public static final int MAX_SCALE = 10;

    private static final LevelRounding TRUNCATED = new LevelRounding(MAX_SCALE, RoundingMode.DOWN);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the fields.
     *
     * @param scale the decimals kept, 0 to 10
     * @param mode  how the rest is rounded; not {@code UNNECESSARY}
     */
    public LevelRounding {
        if (scale < 0 || scale > MAX_SCALE) {
            throw Checks.fail("agreement", "levelRounding.scale", "must lie between 0 and " + MAX_SCALE + ", was " + scale);
        }
        Checks.present(mode, "agreement", "levelRounding.mode");
        if (mode == RoundingMode.UNNECESSARY) {
            throw Checks.fail("agreement", "levelRounding.mode", "must name a rounding mode, not UNNECESSARY");
        }
    }

    /**
     * A contract's rounding of levels.
     *
     * @param scale the decimals kept, 0 to 10
     * @param mode  how the rest is rounded
     * @return the rounding
     */
    public static LevelRounding of(int scale, RoundingMode mode) {
        return new LevelRounding(scale, mode);
    }

    /** {@return the default: 10 decimals kept, the rest dropped} */
    public static LevelRounding truncated() {
        return TRUNCATED;
    }

    /**
     * {@return the level {@code 100 × part / whole}, rounded once} A whole of zero (nothing to
     * measure) is 100 %.
     *
     * @param part  the part that counts as achieved, not negative and not more than {@code whole}
     * @param whole the whole, not negative
     */
    public BigDecimal percent(BigDecimal part, BigDecimal whole) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        if (whole.signum() <= 0) {
            return HUNDRED.setScale(scale);
        }
        return part.multiply(HUNDRED).divide(whole, scale, mode);
    }

    /**
     * {@return a level given as a figure (a monitoring tool's report), rounded once}
     *
     * @param level the level, a percentage
     */
    public BigDecimal apply(BigDecimal level) {
        return Objects.requireNonNull(level, "level").setScale(scale, mode);
    }

    /** {@return how an explanation says it: {@code truncated at 10 decimals}, {@code rounded to 1 decimal, HALF_UP}} */
    @Override
    public String toString() {
        String decimals = scale + (scale == 1 ? " decimal" : " decimals");
        return mode == RoundingMode.DOWN ? "truncated at " + decimals : "rounded to " + decimals + ", " + mode;
    }
}
