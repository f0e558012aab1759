package io.slarules.rules.internal.facts;

import io.slarules.internal.calc.CaseClock;

import java.util.Objects;

/**
 * A pause of a case's clock a rule granted, attributed to the party the case waited on.
 *
 * @param kase  the case
 * @param pause the party and the interval
 * @param rule  the rule that granted it
 */
public record CasePause(ObjectiveCase kase, CaseClock.Pause pause, String rule) {

    /**
     * Validates the fields.
     *
     * @param kase the case
     * @param pause the party and the interval
     * @param rule the rule that granted it
     */
    public CasePause {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(rule, "rule");
    }
}
