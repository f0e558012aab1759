package io.slarules.rules.facts;

import io.slarules.model.Money;

import java.util.Objects;

/**
 * The price of an assessed delay, exact and before any cap.
 *
 * @param assessment the assessed delay
 * @param priced     units times the rate, unrounded
 * @param rule       the rule that priced it
 */
public record Charge(DelayAssessment assessment, Money priced, String rule) {

    /** Validates the fields. */
    public Charge {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(rule, "rule");
    }

    /** The clause's id. */
    public String clauseId() {
        return assessment.clause().id();
    }

    /** Its place in the order the clause's cap is consumed. */
    public int settlementRank() {
        return assessment.settlementRank();
    }
}
