package io.slarules.rules.internal.facts;

import io.slarules.rules.facts.DelayAssessment;

import java.util.Objects;

/**
 * The attributed delay exceeds the clause's termination threshold: the creditor may terminate.
 *
 * @param assessment the assessed delay
 * @param rule       the rule that granted it
 */
public record TerminationRight(DelayAssessment assessment, String rule) {

    /**
     * Validates the fields.
     *
     * @param assessment the assessed delay
     * @param rule the rule that granted it
     */
    public TerminationRight {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rule, "rule");
    }
}
