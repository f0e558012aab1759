package io.slarules.rules.internal.facts;

import io.slarules.model.timeline.Reading;
import io.slarules.rules.facts.ObjectiveWindow;

import java.util.Objects;

/**
 * A reading of a readings objective's window that lies outside the allowed range: it counts against the
 * objective's obligated party.
 *
 * @param window  the window it was taken in
 * @param reading the reading
 * @param rule    the rule that found it outside
 */
public record OutsideReading(ObjectiveWindow window, Reading reading, String rule) {

    /**
     * Validates the fields.
     *
     * @param window the window it was taken in
     * @param reading the reading
     * @param rule the rule that found it outside
     */
    public OutsideReading {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(rule, "rule");
    }
}
