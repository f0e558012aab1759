package io.slarules.rules.facts;

import java.util.Objects;

/**
 * How many of a dependent quota's missing units count against its upstream's obligated party, as a rule of the
 * {@code measure} phase decided from the upstream's measurement (by default: the units the upstream's short
 * delivery took off the target, {@code target - target x delivered / upstream target}, rounded as the objective
 * says). The rule that measures the dependent quota attributes at most this many of its shortfall to the upstream
 * and the rest to its own obligated party; a pack replacing the default rule by name
 * ({@code "measure: units a short upstream delivery took off a dependent quota count against the upstream"})
 * decides otherwise.
 *
 * @param window   the dependent quota's window
 * @param upstream the upstream quota's measurement for the same window
 * @param units    how many missing units, at most, count against the upstream; not negative
 * @param rule     the rule that decided it
 */
public record UpstreamShortfall(ObjectiveWindow window, Measurement upstream, long units, String rule) {

    /**
     * Validates the fields.
     *
     * @param window the dependent quota's window
     * @param upstream the upstream quota's measurement
     * @param units how many missing units, at most, count against the upstream
     * @param rule the rule that decided it
     * @throws IllegalArgumentException when {@code units} is negative
     */
    public UpstreamShortfall {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(rule, "rule");
        if (units < 0) {
            throw new IllegalArgumentException("SLA Rules: " + rule + " counts " + units + " units against the upstream"
                    + " of " + window.objectiveId() + "; at least 0");
        }
    }
}
