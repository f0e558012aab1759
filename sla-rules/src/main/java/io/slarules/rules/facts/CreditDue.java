package io.slarules.rules.facts;

import io.slarules.CreditKind;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.ServiceCredit;

import java.util.List;
import java.util.Objects;

/**
 * Money a rule found due under a service-credit clause, before caps.
 *
 * <p>{@code reason} is the rule's own derivation: the credit decision's explanation prints it as it
 * is (followed by what the caps did), never working the amount out again, so a pack that prices a
 * credit differently is explained by its own rule. A credit without a reason is refused: the
 * consequence that inserts it fails, and with it the evaluation, naming the rule and its pack.
 *
 * @param window   the objective window
 * @param clause   the clause
 * @param kind     what it is for
 * @param subject  the objective, objective/priority, a case, or the credit an earn-back forgives
 * @param debtor   who pays
 * @param creditor who is paid
 * @param priced   the exact amount
 * @param reason   the derivation in words, with its arithmetic; not blank
 * @param rules    the rules behind it, the deciding one last
 */
public record CreditDue(ObjectiveWindow window, ServiceCredit clause, CreditKind kind, String subject, String debtor,
                        String creditor, Money priced, String reason, List<String> rules) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when the reason is blank
     * @param window the objective window
     * @param clause the clause
     * @param kind what it is for
     * @param subject the objective, objective/priority, a case, or the credit an earn-back forgives
     * @param debtor who pays
     * @param creditor who is paid
     * @param priced the exact amount
     * @param reason the derivation in words, with its arithmetic; not blank
     * @param rules the rules behind it, the deciding one last
     */
    public CreditDue {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(reason, "reason");
        rules = List.copyOf(rules);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("SLA Rules: rule " + rules + " found " + priced + " due under clause "
                    + clause.id() + " without stating its derivation; a credit rule gives its arithmetic in the reason");
        }
    }

    /** {@return whether caps and the minimum apply: credits to the beneficiary do, bonuses and earn-backs do not} */
    public boolean isCredit() {
        return kind == CreditKind.SERVICE_CREDIT || kind == CreditKind.PER_BREACH || kind == CreditKind.REPEAT_OFFENCE;
    }
}
