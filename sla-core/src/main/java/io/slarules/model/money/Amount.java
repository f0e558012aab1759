package io.slarules.model.money;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount a clause states: either a percentage of the clause's stated value (0.5 % of the
 * contract value) or a sum of money. Used for rates (per unit of delay) and caps alike.
 */
public sealed interface Amount permits Amount.PercentOfValue, Amount.Fixed {

    /**
     * {@code percent} % of the stated value.
     *
     * @param percent the percentage, not negative
     * @return an amount that resolves against the clause's stated value
     */
    static Amount percentOfValue(BigDecimal percent) {
        return new PercentOfValue(percent);
    }

    /**
     * {@return a sum of money}
     *
     * @param money the sum, not negative
     */
    static Amount of(Money money) {
        return new Fixed(money);
    }

    /**
     * The money this amount stands for, exact (unrounded).
     *
     * @param value the clause's stated value, needed by a percentage
     * @return the exact sum, or the percentage of {@code value}
     */
    Money resolve(Optional<Money> value);

    /**
     * {@code percent} % of the stated value.
     *
     * @param percent the percentage of the stated value, not negative
     */
    record PercentOfValue(BigDecimal percent) implements Amount {
        /**
         * Validates the percentage is present and not negative.
         *
         * @param percent the percentage of the stated value, not negative
         */
        public PercentOfValue {
            Checks.notNegative(percent, "agreement", "percentOfValue");
        }

        @Override
        public Money resolve(Optional<Money> value) {
            return value.orElseThrow(() -> new IllegalStateException(
                    "SLA Rules: a percentage needs the clause's value; the agreement check lets none through without it"))
                    .percent(percent);
        }

        @Override
        public String toString() {
            return percent.toPlainString() + " % of the value";
        }
    }

    /**
     * A sum of money.
     *
     * @param money the sum, not negative
     */
    record Fixed(Money money) implements Amount {
        /**
         * Validates the sum is present and not negative.
         *
         * @param money the sum, not negative
         */
        public Fixed {
            Checks.present(money, "agreement", "amount");
            if (money.isNegative()) {
                throw Checks.fail("agreement", "amount", "must not be negative, was " + money);
            }
        }

        @Override
        public Money resolve(Optional<Money> value) {
            return money;
        }

        @Override
        public String toString() {
            return money.toString();
        }
    }
}
