package io.slarules.rules.facts;

import io.slarules.calc.Downtime;

import java.util.Objects;

/**
 * What a rule decided about a piece of an outage.
 *
 * @param window   the objective window
 * @param downtime whom it is attributed to and whether it counts
 * @param rule     the rule that decided
 */
public record AttributedDowntime(ObjectiveWindow window, Downtime downtime, String rule) {

    /**
     * Validates the fields.
     *
     * @param window the objective window
     * @param downtime whom it is attributed to and whether it counts
     * @param rule the rule that decided
     */
    public AttributedDowntime {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(downtime, "downtime");
        Objects.requireNonNull(rule, "rule");
    }
}
