package io.slarules.rules.internal.facts;

import io.slarules.internal.calc.Caps;
import io.slarules.model.money.Money;
import io.slarules.rules.facts.Charge;

import java.math.RoundingMode;
import java.util.List;

import java.util.Objects;
import java.util.Optional;

/**
 * A charge after its clause's cap: the amount a decision states, rounded once to the currency's
 * minor unit.
 *
 * @param charge     the charge
 * @param amount     the decision's amount, rounded
 * @param capLimit   the cap, rounded down to the minor unit, if the clause has one
 * @param usedBefore what earlier decisions under the clause took of the cap
 * @param capped     whether the cap reduced the amount
 * @param rule       the rule that applied (or found no) cap
 */
public record CappedCharge(Charge charge, Money amount, Optional<Money> capLimit, Money usedBefore,
                           boolean capped, String rule) {

    /**
     * Validates the fields.
     *
     * @param charge the charge
     * @param amount the decision's amount, rounded
     * @param capLimit the cap, rounded down to the minor unit, if the clause has one
     * @param usedBefore what earlier decisions under the clause took of the cap
     * @param capped whether the cap reduced the amount
     * @param rule the rule that applied (or found no) cap
     */
    public CappedCharge {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(capLimit, "capLimit");
        Objects.requireNonNull(usedBefore, "usedBefore");
        Objects.requireNonNull(rule, "rule");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("SLA Rules: a capped charge cannot be negative: " + amount);
        }
    }

    /**
     * The charge under its clause's cap, after the earlier decisions under the clause took
     * {@code usedBefore}.
     *
     * @param charge the charge
     * @param usedBefore what earlier decisions under the clause took of the cap
     * @param rule the rule that applied (or found no) cap
     * @param rounding how the capped amount is rounded to the currency's minor unit
     * @return the charge's amount after the cap, and whether the cap reduced it
     */
    public static CappedCharge underCap(Charge charge, List<Money> usedBefore, RoundingMode rounding, String rule) {
        Money cap = charge.assessment().clause().capAmount().orElseThrow(() -> new IllegalStateException(
                "SLA Rules: rule \"" + rule + "\" matched a clause without a cap"));
        Money limit = Caps.limit(cap);
        Money used = Money.total(limit.currency(), usedBefore);
        Money amount = Caps.apply(charge.priced(), limit, used, rounding);
        boolean capped = amount.compareTo(charge.priced().rounded(rounding)) < 0;
        return new CappedCharge(charge, amount, Optional.of(limit), used, capped, rule);
    }

    /**
     * The charge of a clause without a cap: the priced amount, rounded.
     *
     * @param charge the charge
     * @param rule the rule that applied (or found no) cap
     * @param rounding how the priced amount is rounded to the currency's minor unit
     * @return the charge at its rounded priced amount, capped by nothing
     */
    public static CappedCharge uncapped(Charge charge, RoundingMode rounding, String rule) {
        Money amount = charge.priced().rounded(rounding);
        return new CappedCharge(charge, amount, Optional.empty(), Money.zero(amount.currency()), false, rule);
    }

    /** {@return the clause's id} */
    public String clauseId() {
        return charge.clauseId();
    }
}
