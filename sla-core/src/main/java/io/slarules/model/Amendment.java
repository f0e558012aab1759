package io.slarules.model;

import io.slarules.internal.model.Checks;
import io.slarules.model.servicelevels.ServiceLevels;

import java.time.LocalDate;

/**
 * New service-level terms from a date: a window is evaluated under the terms in force at its
 * start, so an amendment effective in the middle of a window applies from the next window, and
 * re-evaluating a past window gives what it gave before.
 *
 * @param id            unique within the agreement
 * @param effectiveFrom the first day windows starting on or after it use these terms
 * @param serviceLevels the terms, complete (they replace the earlier ones, they do not patch them)
 */
public record Amendment(String id, LocalDate effectiveFrom, ServiceLevels serviceLevels) {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param effectiveFrom the first day windows starting on or after it use these terms
     * @param serviceLevels the terms, complete (they replace the earlier ones, they do not patch them)
     */
    public Amendment {
        Checks.id(id, "agreement", "id");
        Checks.present(effectiveFrom, "agreement", "effectiveFrom");
        Checks.present(serviceLevels, "agreement", "serviceLevels");
    }
}
