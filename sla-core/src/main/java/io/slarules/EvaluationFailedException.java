package io.slarules;

import java.util.Objects;

/**
 * An evaluation could not complete for a reason other than bad input: a rule failed (its
 * consequence or its condition threw, it kept re-activating itself past the engine's bound, it was
 * still running at the engine's time budget, or two rules concluded the same decision). No partial
 * result exists. Names the agreement and, when known, the rule and the rule pack it belongs to;
 * when two rules clash, {@link #rule()} names one of them (a pack's rather than a default one) and
 * the message names both.
 */
public final class EvaluationFailedException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The {@link #rulePack()} of the library's own rules. */
    public static final String DEFAULT_RULES = "default";

    /** The agreement whose evaluation failed. */
    private final String agreementId;
    /** The rule that failed; empty when no single rule is to blame. */
    private final String rule;
    /** The rule pack of the failed rule; empty when no single rule is to blame. */
    private final String rulePack;

    /**
     * Creates the exception; {@code rule} is empty when no single rule is to blame.
     *
     * @param agreementId the id of the agreement being evaluated
     * @param rule the stable name of the rule that failed, or an empty string
     * @param message what went wrong
     * @param cause the exception the rule engine or a rule raised
     */
    public EvaluationFailedException(String agreementId, String rule, String message, Throwable cause) {
        this(agreementId, rule, "", message, cause);
    }

    /**
     * Creates the exception naming the rule pack of the rule; {@code rule} and {@code rulePack} are
     * empty when no single rule is to blame.
     *
     * @param agreementId the id of the agreement being evaluated
     * @param rule the stable name of the rule that failed, or an empty string
     * @param rulePack the id of the rule pack the rule belongs to, or an empty string
     * @param message what went wrong
     * @param cause the exception the rule engine or a rule raised
     */
    public EvaluationFailedException(String agreementId, String rule, String rulePack, String message,
                                     Throwable cause) {
        super("evaluation of agreement " + Objects.requireNonNull(agreementId, "agreementId") + " failed"
                + (rule.isEmpty() ? "" : " in rule \"" + rule + "\"")
                + (Objects.requireNonNull(rulePack, "rulePack").isEmpty() ? "" : " of rule pack " + rulePack)
                + ": " + message, cause);
        this.agreementId = agreementId;
        this.rule = rule;
        this.rulePack = rulePack;
    }

    /** {@return the agreement whose evaluation failed} */
    public String agreementId() {
        return agreementId;
    }

    /** {@return the rule that failed, or an empty string when no single rule is to blame} */
    public String rule() {
        return rule;
    }

    /**
     * The id of the rule pack the failed rule belongs to ({@value #DEFAULT_RULES} for the library's
     * own rules), or an empty string when no single rule is to blame.
     *
     * @return the rule pack's id, {@value #DEFAULT_RULES}, or an empty string
     */
    public String rulePack() {
        return rulePack;
    }
}
