package io.slarules.rules.facts;

import java.util.Objects;

/**
 * A part of a maintenance outage whose announcement a rule of the {@code facts} phase found in time (by default:
 * at least the agreement's maintenance notice before the maintenance starts). The attribute rules excuse such
 * maintenance even outside the maintenance windows; a pack replacing the default rule by name
 * ({@code "facts: maintenance announced with the agreement's notice is announced in time"}) decides what notice
 * counts.
 *
 * @param piece the part of the maintenance outage
 * @param rule  the rule that decided it
 */
public record AnnouncedInTime(OutagePiece piece, String rule) {

    /**
     * Validates the fields.
     *
     * @param piece the part of the maintenance outage
     * @param rule the rule that decided it
     */
    public AnnouncedInTime {
        Objects.requireNonNull(piece, "piece");
        Objects.requireNonNull(rule, "rule");
    }
}
