package io.slarules.model;

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

    /** A clause's shares, checked: none, or adding up to exactly 100 % with one share per party. */
    static List<CreditShare> checked(List<CreditShare> shares) {
        shares = Checks.list(shares, "agreement", "shares");
        if (!shares.isEmpty()) {
            BigDecimal total = shares.stream().map(CreditShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(Checks.HUNDRED) != 0) {
                throw Checks.fail("agreement", "shares", "the shares add up to " + total.toPlainString() + " %, not 100 %");
            }
            if (shares.stream().map(CreditShare::party).distinct().count() < shares.size()) {
                throw Checks.fail("agreement", "shares", "a party has two shares");
            }
        }
        return shares;
    }
}
