package io.slarules;

import io.slarules.model.DateRange;
import io.slarules.model.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money owed under a service-credit clause for one window of an objective: who pays whom, how
 * much, under which clause, and why. The id is derived from the content (agreement, window,
 * clause, kind, subject), so a re-run gives the same id.
 *
 * @param id          stable, content-derived
 * @param kind        service credit, per-breach amount, repeat offence, bonus or earn-back
 * @param clause      the clause it rests on
 * @param objective   the objective measured
 * @param window      the window
 * @param subject     what it is for: the objective, a case id, or the id of the credit an earn-back forgives
 * @param debtor      the party that pays
 * @param creditor    the party that is paid
 * @param amount      rounded to the currency's minor unit; never above a cap, never negative
 * @param priced      the amount before caps, exact
 * @param capped      whether a cap reduced it
 * @param rules       the rules that produced it
 * @param explanation the derivation, in words
 */
public record CreditDecision(String id, CreditKind kind, String clause, String objective, DateRange window,
                             String subject, String debtor, String creditor, Money amount, Money priced,
                             boolean capped, List<String> rules, String explanation) {

    /** Validates the fields. */
    public CreditDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(priced, "priced");
        rules = List.copyOf(rules);
        Objects.requireNonNull(explanation, "explanation");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("SLA Rules: a credit cannot be negative: " + amount);
        }
    }

    /** The subject as an optional case id: present for per-breach decisions. */
    public Optional<String> caseId() {
        return kind == CreditKind.PER_BREACH ? Optional.of(subject) : Optional.empty();
    }
}
