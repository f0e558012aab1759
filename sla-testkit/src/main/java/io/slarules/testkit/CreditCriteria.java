package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.model.DateRange;
import io.slarules.model.Money;

import java.util.Objects;

/** The criteria both {@link CreditsAssert} and {@link CreditDecisionAssert} check, worded once. */
final class CreditCriteria {

    private CreditCriteria() {
    }

    static Criterion<CreditDecision> debtor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<CreditDecision>equal("owed by " + Texts.quoted(party), "debtor", party, CreditDecision::debtor);
    }

    static Criterion<CreditDecision> creditor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<CreditDecision>equal("owed to " + Texts.quoted(party), "creditor", party,
                CreditDecision::creditor);
    }

    /** Amounts compare by value: {@code 100 USD} is {@code 100.00 USD}; the currency must match. */
    static Criterion<CreditDecision> amount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return Criterion.<CreditDecision>equal("of amount " + amount, "amount", amount.toString(),
                d -> d.amount().toString()).withTest(d -> d.amount().currency().equals(amount.currency())
                && d.amount().compareTo(amount) == 0);
    }

    static Criterion<CreditDecision> priced(Money priced) {
        Objects.requireNonNull(priced, "priced");
        return Criterion.<CreditDecision>equal("priced at " + priced + " before any cap", "priced amount (before any cap)",
                priced.toString(), d -> d.priced().toString()).withTest(d -> d.priced().currency()
                .equals(priced.currency()) && d.priced().compareTo(priced) == 0);
    }

    static Criterion<CreditDecision> clause(String clause) {
        Objects.requireNonNull(clause, "clause");
        return Criterion.<CreditDecision>equal("under clause " + Texts.quoted(clause), "clause", clause,
                CreditDecision::clause);
    }

    static Criterion<CreditDecision> kind(CreditKind kind) {
        Objects.requireNonNull(kind, "kind");
        return Criterion.<CreditDecision>equal("of kind " + kind, "kind", kind, CreditDecision::kind);
    }

    static Criterion<CreditDecision> objective(String objective) {
        Objects.requireNonNull(objective, "objective");
        return Criterion.<CreditDecision>equal("for objective " + Texts.quoted(objective), "objective", objective,
                CreditDecision::objective);
    }

    static Criterion<CreditDecision> window(DateRange window) {
        Objects.requireNonNull(window, "window");
        return Criterion.<CreditDecision>equal("for the window " + window, "window", window, CreditDecision::window);
    }

    static Criterion<CreditDecision> subject(String subject) {
        Objects.requireNonNull(subject, "subject");
        return Criterion.<CreditDecision>equal("on " + Texts.quoted(subject), "subject (objective, case or credit forgiven)",
                subject, CreditDecision::subject);
    }

    static Criterion<CreditDecision> capped(boolean capped) {
        return Criterion.<CreditDecision>equal(capped ? "reduced by a cap" : "not reduced by a cap", "capped", capped,
                CreditDecision::capped);
    }

    static Criterion<CreditDecision> rule(String rule) {
        Objects.requireNonNull(rule, "rule");
        return new Criterion<>("citing rule " + Texts.quoted(rule), "rules", rule, CreditDecision::rules,
                d -> d.rules().contains(rule));
    }
}
