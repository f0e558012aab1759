package io.slarules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.slarules.internal.json.JsonExplicit;

import java.util.Objects;

/**
 * How many units of a quota's shortfall count against one party: the obligated party's own, or
 * an upstream party whose shortfall scaled the target down.
 *
 * @param responsible the party
 * @param units       how many units, not negative
 */
@JsonExplicit
public record UnitShare(@JsonProperty("responsible") Responsible responsible, @JsonProperty("units") long units) {

    /**
     * Validates the fields.
     *
     * @param responsible the party
     * @param units how many units, not negative
     */
    public UnitShare {
        Objects.requireNonNull(responsible, "responsible");
        if (units < 0) {
            throw new IllegalArgumentException("SLA Rules: a share of a shortfall cannot be negative: " + units);
        }
    }
}
