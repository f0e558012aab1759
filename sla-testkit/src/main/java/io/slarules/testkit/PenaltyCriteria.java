package io.slarules.testkit;

import io.slarules.PenaltyDecision;
import io.slarules.model.Money;

import java.util.Objects;

/** The criteria both {@link PenaltiesAssert} and {@link PenaltyDecisionAssert} check, worded once. */
final class PenaltyCriteria {

    private PenaltyCriteria() {
    }

    static Criterion<PenaltyDecision> debtor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<PenaltyDecision>equal("owed by " + Texts.quoted(party), "debtor", party, PenaltyDecision::debtor);
    }

    static Criterion<PenaltyDecision> creditor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<PenaltyDecision>equal("owed to " + Texts.quoted(party), "creditor", party, PenaltyDecision::creditor);
    }

    /** Amounts compare by value: {@code 4000 EUR} is {@code 4000.00 EUR}; the currency must match. */
    static Criterion<PenaltyDecision> amount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return Criterion.<PenaltyDecision>equal("of amount " + amount, "amount", amount.toString(),
                d -> d.amount().toString()).withTest(d -> d.amount().equals(amount));
    }

    static Criterion<PenaltyDecision> priced(Money priced) {
        Objects.requireNonNull(priced, "priced");
        return Criterion.<PenaltyDecision>equal("priced at " + priced + " before any cap", "priced amount (before any cap)",
                priced.toString(), d -> d.priced().toString()).withTest(d -> d.priced().equals(priced));
    }

    static Criterion<PenaltyDecision> clause(String clause) {
        Objects.requireNonNull(clause, "clause");
        return Criterion.<PenaltyDecision>equal("under clause " + Texts.quoted(clause), "clause", clause, PenaltyDecision::clause);
    }

    static Criterion<PenaltyDecision> subject(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        return Criterion.<PenaltyDecision>equal("for obligation " + Texts.quoted(obligation), "obligation", obligation,
                PenaltyDecision::subject);
    }

    static Criterion<PenaltyDecision> delay(long units) {
        return Criterion.<PenaltyDecision>equal("for " + units + " units of delay", "delay (in the clause's units)", units,
                PenaltyDecision::delay);
    }

    static Criterion<PenaltyDecision> capped(boolean capped) {
        return Criterion.<PenaltyDecision>equal(capped ? "reduced by its cap" : "not reduced by a cap", "capped", capped,
                PenaltyDecision::capped);
    }

    static Criterion<PenaltyDecision> terminationRight(boolean right) {
        return Criterion.<PenaltyDecision>equal(right ? "giving a termination right" : "giving no termination right",
                "termination right", right, PenaltyDecision::terminationRight);
    }

    static Criterion<PenaltyDecision> rule(String rule) {
        Objects.requireNonNull(rule, "rule");
        return new Criterion<>("citing rule " + Texts.quoted(rule), "rules", rule, PenaltyDecision::rules,
                d -> d.rules().contains(rule));
    }
}
