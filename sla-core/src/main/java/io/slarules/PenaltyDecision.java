package io.slarules;

import io.slarules.model.DelayUnit;
import io.slarules.model.Money;

import java.util.List;
import java.util.Objects;

/**
 * A penalty owed: who pays whom, how much, under which clause, for which obligation, and why.
 *
 * <p>The id is derived from the content (agreement, period, clause, subject, debtor), so a re-run
 * of the same evaluation gives the same id and a billing system can use it to avoid booking a
 * decision twice.
 *
 * @param id               stable, content-derived
 * @param clause           the clause it rests on
 * @param subject          the obligation whose delay it prices
 * @param debtor           the party that pays
 * @param creditor         the party that is paid
 * @param amount           rounded to the currency's minor unit; never above a cap, never negative
 * @param priced           the amount before the cap, exact
 * @param delay            the attributed delay priced, in the clause's units
 * @param unit             the clause's unit
 * @param capped           whether the cap reduced the amount
 * @param terminationRight whether the attributed delay gives the creditor a right to terminate
 * @param rules            the rules that produced it, in the order they fired along its derivation
 * @param explanation      the derivation, in words
 */
public record PenaltyDecision(String id, String clause, String subject, String debtor, String creditor,
                              Money amount, Money priced, long delay, DelayUnit unit, boolean capped,
                              boolean terminationRight, List<String> rules, String explanation) {

    /** Validates the fields. */
    public PenaltyDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(unit, "unit");
        rules = List.copyOf(rules);
        Objects.requireNonNull(explanation, "explanation");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("SLA Rules: a penalty cannot be negative: " + amount);
        }
    }
}
