package io.slarules.testkit;

import io.slarules.Decision;
import io.slarules.model.money.Money;

import java.util.Objects;

/**
 * The criteria every kind of decision meets alike, worded once for the list and the single-decision
 * assertions of penalties and credits; {@link PenaltyCriteria} and {@link CreditCriteria} hold what
 * only one kind has.
 */
final class DecisionCriteria {

    private DecisionCriteria() {
    }

    static <D extends Decision> Criterion<D> debtor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<D>equal("owed by " + Texts.quoted(party), "debtor", party, Decision::debtor);
    }

    static <D extends Decision> Criterion<D> creditor(String party) {
        Objects.requireNonNull(party, "party");
        return Criterion.<D>equal("owed to " + Texts.quoted(party), "creditor", party, Decision::creditor);
    }

    /** Amounts compare by value: {@code 4000 EUR} is {@code 4000.00 EUR}; the currency must match. */
    static <D extends Decision> Criterion<D> amount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return Criterion.<D>equal("of amount " + amount, "amount", amount.toString(), d -> d.amount().toString())
                .withTest(d -> d.amount().equals(amount));
    }

    /** Compared by value, as {@link #amount} is. */
    static <D extends Decision> Criterion<D> priced(DecisionView<D> view, Money priced) {
        Objects.requireNonNull(priced, "priced");
        return Criterion.<D>equal("priced at " + priced + " before any cap", "priced amount (before any cap)",
                priced.toString(), d -> view.priced(d).toString()).withTest(d -> view.priced(d).equals(priced));
    }

    static <D extends Decision> Criterion<D> clause(String clause) {
        Objects.requireNonNull(clause, "clause");
        return Criterion.<D>equal("under clause " + Texts.quoted(clause), "clause", clause, Decision::clause);
    }

    static <D extends Decision> Criterion<D> capped(DecisionView<D> view, boolean capped) {
        return Criterion.<D>equal(capped ? view.reduced() : "not reduced by a cap", "capped", capped, view::capped);
    }

    static <D extends Decision> Criterion<D> rule(String rule) {
        Objects.requireNonNull(rule, "rule");
        return new Criterion<>("citing rule " + Texts.quoted(rule), "rules", rule, Decision::rules,
                d -> d.rules().contains(rule));
    }
}
