package io.slarules.internal.calc;

import io.slarules.model.Money;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The arithmetic of a cap consumed by successive decisions, each rounded once.
 *
 * <p>The cap itself is rounded down to the currency's minor unit: a limit of 100.005 EUR lets
 * 100.00 EUR through, never a cent more. Earlier decisions' rounded amounts are subtracted from
 * it, so the decisions under one cap never add up to more than the cap, whatever the rounding.
 */
public final class Caps {

    private Caps() {
    }

    /**
     * {@return the cap as a limit in the currency's minor unit, rounded down}
     *
     * @param cap the cap as the agreement states it, possibly finer than the minor unit
     */
    public static Money limit(Money cap) {
        return cap.rounded(RoundingMode.DOWN);
    }

    /**
     * The rounded amount of a decision under a cap.
     *
     * @param priced     the exact price before the cap
     * @param limit      the cap, from {@link #limit(Money)}
     * @param usedBefore the sum of earlier decisions' amounts under the same cap
     * @param rounding   the agreement's rounding of decision amounts
     * @return the decision's amount: the priced amount rounded, but no more than what the cap has left
     */
    public static Money apply(Money priced, Money limit, Money usedBefore, RoundingMode rounding) {
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(usedBefore, "usedBefore");
        Objects.requireNonNull(rounding, "rounding");
        Money left = limit.minus(usedBefore).max(Money.zero(limit.currency()));
        // left is whole minor units, so rounding before or after taking the minimum agrees
        return priced.rounded(rounding).min(left);
    }
}
