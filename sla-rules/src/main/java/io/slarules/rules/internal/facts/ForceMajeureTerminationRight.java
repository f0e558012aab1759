package io.slarules.rules.internal.facts;

import io.slarules.model.timeline.ForceMajeure;

import java.util.Objects;

/**
 * One force-majeure event lasted longer than a force-majeure clause allows: the parties it names may terminate.
 *
 * @param clause the clause
 * @param event  the event
 * @param rule   the rule that granted it
 */
public record ForceMajeureTerminationRight(ForceMajeure.Termination clause, ForceMajeure event, String rule) {

    /**
     * Validates the fields.
     *
     * @param clause the clause
     * @param event the event
     * @param rule the rule that granted it
     */
    public ForceMajeureTerminationRight {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(rule, "rule");
    }
}
