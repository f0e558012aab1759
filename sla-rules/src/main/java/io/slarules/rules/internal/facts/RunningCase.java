package io.slarules.rules.internal.facts;

import io.slarules.CaseResult;
import io.slarules.rules.facts.ObjectiveWindow;

import java.util.Objects;

/**
 * A case still running and in time at the evaluation's "as of" instant, listed in the window that holds
 * that instant with its time so far and its projected breach.
 *
 * @param window the objective window holding the "as of" instant
 * @param result the case as measured so far
 * @param rule   the rule that listed it
 */
public record RunningCase(ObjectiveWindow window, CaseResult result, String rule) {

    /**
     * Validates the fields.
     *
     * @param window the objective window holding the "as of" instant
     * @param result the case as measured so far
     * @param rule the rule that listed it
     */
    public RunningCase {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(rule, "rule");
    }
}
