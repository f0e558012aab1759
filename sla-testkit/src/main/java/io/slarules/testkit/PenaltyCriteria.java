package io.slarules.testkit;

import io.slarules.PenaltyDecision;
import io.slarules.model.Money;

import java.util.Objects;

/** The criteria both {@link PenaltiesAssert} and {@link PenaltyDecisionAssert} check, worded once. */
final class PenaltyCriteria {

    private PenaltyCriteria() {
    }

    static PenaltyCriterion debtor(String party) {
        Objects.requireNonNull(party, "party");
        return PenaltyCriterion.equal("owed by " + Texts.quoted(party), "debtor", party, PenaltyDecision::debtor);
    }

    static PenaltyCriterion creditor(String party) {
        Objects.requireNonNull(party, "party");
        return PenaltyCriterion.equal("owed to " + Texts.quoted(party), "creditor", party, PenaltyDecision::creditor);
    }

    /** Amounts compare by value: {@code 4000 EUR} is {@code 4000.00 EUR}; the currency must match. */
    static PenaltyCriterion amount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return PenaltyCriterion.equal("of amount " + amount, "amount", amount.toString(),
                d -> d.amount().toString()).withTest(d -> d.amount().equals(amount));
    }

    static PenaltyCriterion priced(Money priced) {
        Objects.requireNonNull(priced, "priced");
        return PenaltyCriterion.equal("priced at " + priced + " before any cap", "priced amount (before any cap)",
                priced.toString(), d -> d.priced().toString()).withTest(d -> d.priced().equals(priced));
    }

    static PenaltyCriterion clause(String clause) {
        Objects.requireNonNull(clause, "clause");
        return PenaltyCriterion.equal("under clause " + Texts.quoted(clause), "clause", clause, PenaltyDecision::clause);
    }

    static PenaltyCriterion subject(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        return PenaltyCriterion.equal("for obligation " + Texts.quoted(obligation), "obligation", obligation,
                PenaltyDecision::subject);
    }

    static PenaltyCriterion delay(long units) {
        return PenaltyCriterion.equal("for " + units + " units of delay", "delay (in the clause's units)", units,
                PenaltyDecision::delay);
    }

    static PenaltyCriterion capped(boolean capped) {
        return PenaltyCriterion.equal(capped ? "reduced by its cap" : "not reduced by a cap", "capped", capped,
                PenaltyDecision::capped);
    }

    static PenaltyCriterion terminationRight(boolean right) {
        return PenaltyCriterion.equal(right ? "giving a termination right" : "giving no termination right",
                "termination right", right, PenaltyDecision::terminationRight);
    }

    static PenaltyCriterion rule(String rule) {
        Objects.requireNonNull(rule, "rule");
        return new PenaltyCriterion("citing rule " + Texts.quoted(rule), "rules", rule, PenaltyDecision::rules,
                d -> d.rules().contains(rule));
    }
}
