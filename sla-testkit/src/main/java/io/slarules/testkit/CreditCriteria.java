package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.model.time.DateRange;

import java.util.Objects;

/**
 * The criteria only a credit has, shared by {@link CreditsAssert} and {@link CreditDecisionAssert};
 * those every decision has are {@link DecisionCriteria}.
 */
final class CreditCriteria {

    private CreditCriteria() {
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
}
