package io.slarules.testkit;

import java.util.List;
import java.util.Objects;

/**
 * An evaluation broke one of the library's guarantees ({@link SlaInvariants}): a rule, a rule
 * pack or an engine is wrong, whatever the input. An {@link AssertionError}, so a test or a jqwik
 * property fails on it, carrying which invariant was broken and the agreement evaluated.
 */
public final class InvariantViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The invariant broken. */
    private final SlaInvariants.Invariant invariant;
    /** The agreement whose evaluation broke it. */
    private final String agreementId;
    /** What broke it. */
    private final List<String> violations;

    InvariantViolation(SlaInvariants.Invariant invariant, String agreementId, String period, List<String> violations,
                       String context) {
        super("SLA invariant violated: " + invariant.sentence() + "\nin the evaluation of " + agreementId + " for "
                + period + ":" + violations.stream().map(v -> "\n  - " + v.replace("\n", "\n    ")).reduce("", String::concat)
                + context);
        this.invariant = Objects.requireNonNull(invariant, "invariant");
        this.agreementId = agreementId;
        this.violations = List.copyOf(violations);
    }

    /** {@return the invariant broken} */
    public SlaInvariants.Invariant invariant() {
        return invariant;
    }

    /** {@return the agreement whose evaluation broke it} */
    public String agreementId() {
        return agreementId;
    }

    /** {@return what broke it, one sentence per decision or attribution at fault} */
    public List<String> violations() {
        return violations;
    }
}
