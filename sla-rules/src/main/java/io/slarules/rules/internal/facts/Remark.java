package io.slarules.rules.internal.facts;

import io.slarules.rules.facts.ObjectiveWindow;

import java.util.Objects;

/**
 * Something a rule wants the reader of a window's result to know, e.g. that a credit was below the
 * minimum, or that a term could not be assessed for lack of history.
 *
 * @param window the objective window
 * @param text   the remark
 * @param rule   the rule that made it
 */
public record Remark(ObjectiveWindow window, String text, String rule) {

    /**
     * Validates the fields.
     *
     * @param window the objective window
     * @param text the remark
     * @param rule the rule that made it
     */
    public Remark {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }
}
