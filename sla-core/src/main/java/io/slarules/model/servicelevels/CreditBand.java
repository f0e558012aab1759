package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Amount;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A tier of service credits: when the achieved level lies in the band, the credit is due.
 *
 * @param lower  the lower end; empty: the band reaches down to 0 %
 * @param upper  the upper end
 * @param credit a percentage of the service's fee for the window, or an amount
 */
public record CreditBand(Optional<Bound> lower, Bound upper, Amount credit) {

    /**
     * Validates that the band is not empty.
     *
     * @param lower the lower end; empty: the band reaches down to 0 %
     * @param upper the upper end
     * @param credit a percentage of the service's fee for the window, or an amount
     */
    public CreditBand {
        lower = Objects.requireNonNullElse(lower, Optional.empty());
        Checks.present(upper, "agreement", "below");
        Checks.present(credit, "agreement", "credit");
        if (credit instanceof Amount.PercentOfValue p) {
            Checks.percent(p.percent(), "agreement", "credit");
        }
        if (lower.isPresent() && lower.get().level().compareTo(upper.level()) >= 0) {
            throw Checks.fail("agreement", "below", "a band must end above where it starts: "
                    + lower.get().asLower() + " and " + upper.asUpper());
        }
    }

    /**
     * {@return whether the level lies in the band}
     *
     * @param level an achieved level, a percentage
     */
    public boolean contains(BigDecimal level) {
        return lower.map(l -> l.admitsFromAbove(level)).orElse(true) && upper.admitsFromBelow(level);
    }

    @Override
    public String toString() {
        return lower.map(l -> l.asLower() + " and ").orElse("") + upper.asUpper() + ": " + credit;
    }
}
