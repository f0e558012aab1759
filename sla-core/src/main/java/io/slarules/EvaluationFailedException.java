package io.slarules;

import java.util.Objects;

/**
 * An evaluation could not complete for a reason other than bad input: a rule failed. No partial
 * result exists. Names the agreement and, when known, the rule.
 */
public final class EvaluationFailedException extends SlaException {

    private static final long serialVersionUID = 1L;

    private final String agreementId;
    private final String rule;

    /** Creates the exception; {@code rule} is empty when no single rule is to blame. */
    public EvaluationFailedException(String agreementId, String rule, String message, Throwable cause) {
        super("evaluation of agreement " + Objects.requireNonNull(agreementId, "agreementId") + " failed"
                + (rule.isEmpty() ? "" : " in rule \"" + rule + "\"") + ": " + message, cause);
        this.agreementId = agreementId;
        this.rule = rule;
    }

    /** The agreement whose evaluation failed. */
    public String agreementId() {
        return agreementId;
    }

    /** The rule that failed, or an empty string when no single rule is to blame. */
    public String rule() {
        return rule;
    }
}
