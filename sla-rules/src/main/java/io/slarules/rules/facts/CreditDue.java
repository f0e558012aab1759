package io.slarules.rules.facts;

import io.slarules.CreditKind;
import io.slarules.model.Money;
import io.slarules.model.ServiceCredit;

import java.util.List;
import java.util.Objects;

/**
 * Money a rule found due under a service-credit clause, before caps.
 *
 * @param window   the objective window
 * @param clause   the clause
 * @param kind     what it is for
 * @param subject  the objective, objective/priority, a case, or the credit an earn-back forgives
 * @param debtor   who pays
 * @param creditor who is paid
 * @param priced   the exact amount
 * @param reason   the derivation in words
 * @param rules    the rules behind it, the deciding one last
 */
public record CreditDue(ObjectiveWindow window, ServiceCredit clause, CreditKind kind, String subject, String debtor,
                        String creditor, Money priced, String reason, List<String> rules) {

    /** Validates the fields. */
    public CreditDue {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(reason, "reason");
        rules = List.copyOf(rules);
    }

    /** Whether caps and the minimum apply: credits to the beneficiary do, bonuses and earn-backs do not. */
    public boolean isCredit() {
        return kind == CreditKind.SERVICE_CREDIT || kind == CreditKind.PER_BREACH || kind == CreditKind.REPEAT_OFFENCE;
    }
}
