package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Amount;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits on the service credits of the whole agreement, on top of each clause's own cap.
 *
 * @param perMonth at most this much in one calendar month: a percentage of the month's fees (all
 *                 services), or an amount
 * @param rolling  at most a percentage of the charges of the last N months, less the credits
 *                 already given in the N-1 months before this one
 */
public record CreditCaps(Optional<Amount> perMonth, Optional<RollingCap> rolling) {

    /** No caps beyond the clauses' own. */
    public static final CreditCaps NONE = new CreditCaps(Optional.empty(), Optional.empty());

    /**
     * Validates the fields.
     *
     * @param perMonth at most this much in one calendar month: a percentage of the month's fees (all services), or an
     *                 amount
     * @param rolling at most a percentage of the charges of the last N months, less the credits already given in the
     *                N-1 months before this one
     */
    public CreditCaps {
        perMonth = Objects.requireNonNullElse(perMonth, Optional.empty());
        rolling = Objects.requireNonNullElse(rolling, Optional.empty());
        perMonth.ifPresent(a -> {
            if (a instanceof Amount.PercentOfValue p) {
                Checks.percent(p.percent(), "agreement", "perMonth");
            }
        });
    }

    /**
     * A cap over the last {@code months} months, this one included.
     *
     * @param months  how many months, 2 to 36
     * @param percent the percentage of those months' charges
     */
    public record RollingCap(int months, BigDecimal percent) {
        /**
         * Validates the fields.
         *
         * @param months how many months, 2 to 36
         * @param percent the percentage of those months' charges
         */
        public RollingCap {
            if (months < 2 || months > 36) {
                throw Checks.fail("agreement", "months", "a rolling cap spans 2 to 36 months, was " + months);
            }
            Checks.percent(percent, "agreement", "percent");
        }
    }

    /**
     * These caps with a cap per calendar month.
     *
     * @param perMonth a percentage of the month's fees (all services), or an amount
     * @return the caps with {@code perMonth}
     * @throws io.slarules.InvalidInputException when the percentage does not lie between 0 and 100
     */
    public CreditCaps withPerMonth(Amount perMonth) {
        return new CreditCaps(Optional.of(Checks.present(perMonth, "agreement", "perMonth")), rolling);
    }

    /**
     * These caps with a rolling cap.
     *
     * @param months  how many months, this one included, 2 to 36
     * @param percent the percentage of those months' charges
     * @return the caps with the rolling cap
     * @throws io.slarules.InvalidInputException when a field is out of range
     */
    public CreditCaps withRolling(int months, BigDecimal percent) {
        return new CreditCaps(perMonth, Optional.of(new RollingCap(months, percent)));
    }
}
