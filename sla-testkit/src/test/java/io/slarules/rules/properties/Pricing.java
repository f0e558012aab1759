package io.slarules.rules.properties;

import io.slarules.model.money.Amount;
import io.slarules.model.obligations.LiquidatedDamages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A clause's prices, computed here from its terms rather than through the model's helpers. */
final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {
    }

    /** What an amount of the clause stands for, exact: a percentage of the value, or the sum itself. */
    static BigDecimal exact(Amount amount, LiquidatedDamages clause) {
        if (amount instanceof Amount.PercentOfValue p) {
            // dividing by 100 always terminates
            return clause.value().orElseThrow().amount().multiply(p.percent()).divide(HUNDRED);
        }
        return ((Amount.Fixed) amount).money().amount();
    }

    /** The price of one unit of delay, exact. */
    static BigDecimal ratePerUnit(LiquidatedDamages clause) {
        return exact(clause.rate(), clause);
    }

    /** The cap in whole cents, rounded down: no decision may take a fraction of a cent beyond it. */
    static Optional<BigDecimal> capLimit(LiquidatedDamages clause) {
        return clause.cap().map(c -> exact(c, clause).setScale(2, RoundingMode.DOWN));
    }

    /** Rounded once, to cents, half to even. */
    static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_EVEN);
    }
}
