package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * A party's share of a credit or penalty that compensates several affected parties, e.g. 70 % to
 * Sales and 30 % to Customer Service.
 *
 * @param party   the party compensated
 * @param percent its share, a percentage; the shares of a clause add up to 100
 */
public record CreditShare(String party, BigDecimal percent) {

    /**
     * Validates the fields.
     *
     * @param party the party compensated
     * @param percent its share, a percentage; the shares of a clause add up to 100
     */
    public CreditShare {
        Checks.id(party, "agreement", "party");
        Checks.percent(percent, "agreement", "percent");
        if (percent.signum() == 0) {
            throw Checks.fail("agreement", "percent", "a share of 0 % compensates nobody");
        }
    }
}
