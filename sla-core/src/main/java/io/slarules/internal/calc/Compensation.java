package io.slarules.internal.calc;

import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditShare;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits an amount among the parties a clause compensates: each share rounded down to the
 * currency's minor unit, the cents left over to the clause's stated party, so the parts always add
 * up to the whole.
 */
public final class Compensation {

    private Compensation() {
    }

    /**
     * A party's part.
     *
     * @param party   the party
     * @param amount  its part, in whole minor units
     * @param percent its share, as the clause states it
     * @param leftOver whether it took the cents left over
     */
    public record Part(String party, Money amount, java.math.BigDecimal percent, boolean leftOver) {
    }

    /**
     * The parts of a rounded amount.
     *
     * @param amount   the whole, already rounded to the minor unit
     * @param shares   the shares, adding up to 100 %
     * @param leftOver the party that takes the cents left over (a new part when it has no share)
     * @return one part per share, each rounded down to the minor unit, the cents left over added to {@code
     *         leftOver}'s part (a new part when it has no share); the parts add up to {@code amount}
     */
    public static List<Part> split(Money amount, List<CreditShare> shares, String leftOver) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(leftOver, "leftOver");
        List<Part> parts = new ArrayList<>();
        Money given = Money.zero(amount.currency());
        for (CreditShare share : shares) {
            Money part = amount.percent(share.percent()).rounded(RoundingMode.DOWN);
            parts.add(new Part(share.party(), part, share.percent(), false));
            given = given.plus(part);
        }
        Money left = amount.minus(given);
        if (left.isZero()) {
            return List.copyOf(parts);
        }
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.party().equals(leftOver)) {
                parts.set(i, new Part(p.party(), p.amount().plus(left), p.percent(), true));
                return List.copyOf(parts);
            }
        }
        parts.add(new Part(leftOver, left, java.math.BigDecimal.ZERO, true));
        return List.copyOf(parts);
    }
}
