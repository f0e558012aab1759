package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.servicelevels.ReadingsObjective;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sensor's reading for a {@link ReadingsObjective}: a temperature, a shock, a humidity, taken at an
 * instant. The value is exact (a file's number is read from its text, never through a {@code double}).
 *
 * @param id        unique within the timeline
 * @param objective the readings objective it is a reading of
 * @param at        when it was taken
 * @param value     what was read, in the objective's unit; any sign
 */
public record Reading(String id, String objective, Instant at, BigDecimal value) implements TimelineEvent {

    /**
     * Validates the fields; the checks against the agreement are the timeline's.
     *
     * @param id unique within the timeline
     * @param objective the readings objective it is a reading of
     * @param at when it was taken
     * @param value what was read, in the objective's unit; any sign
     */
    public Reading {
        Checks.id(id, "timeline", "id");
        Checks.id(objective, "timeline", "objective");
        Checks.present(at, "timeline", "at");
        Checks.number(value, "timeline", "value");
    }
}
