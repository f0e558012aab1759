package io.slarules.internal.calc;

import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * What a rolling cap leaves for a month's credits: its percentage of the charges of the month and the
     * {@code months - 1} months before it, less what those earlier months credited. Months the history does not
     * hold (before the agreement started) count nothing. Exact, and negative when earlier months credited more
     * than the cap now allows; the rule that applies it decides what a negative room means.
     *
     * @param cap     the rolling cap: how many months, what percentage
     * @param month   the month whose credits it limits
     * @param charged what the month charges (every service's fee)
     * @param history what earlier months charged and credited
     * @return the room, exact
     */
    public static Money rollingRoom(CreditCaps.RollingCap cap, YearMonth month, Money charged, History history) {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(history, "history");
        Money charges = charged;
        Money credited = Money.zero(charged.currency());
        for (int back = 1; back < cap.months(); back++) {
            Optional<History.MonthRecord> earlier = history.month(month.minusMonths(back));
            if (earlier.isPresent()) {
                charges = charges.plus(earlier.get().charged());
                credited = credited.plus(earlier.get().credited());
            }
        }
        return charges.percent(cap.percent()).minus(credited);
    }
}
