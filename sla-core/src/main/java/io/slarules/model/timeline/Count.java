package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;

/**
 * Units of a metric counted at an instant, e.g. 12 qualified leads delivered, or 10,000 API calls
 * of which the good ones are counted under another metric. Quotas and ratios sum them per window.
 *
 * @param id       unique within the timeline
 * @param metric   the metric's name, as objectives use it
 * @param at       when they were counted; the count belongs to the window holding this instant
 * @param quantity how many, not negative
 */
public record Count(String id, String metric, java.time.Instant at, long quantity) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id unique within the timeline
     * @param metric the metric's name, as objectives use it
     * @param at when they were counted; the count belongs to the window holding this instant
     * @param quantity how many, not negative
     */
    public Count {
        Checks.id(id, "timeline", "id");
        Checks.id(metric, "timeline", "metric");
        Checks.present(at, "timeline", "at");
        if (quantity < 0) {
            throw Checks.fail("timeline", "quantity", "must not be negative, was " + quantity);
        }
    }
}
