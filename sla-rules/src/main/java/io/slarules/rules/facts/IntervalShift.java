package io.slarules.rules.facts;

import io.slarules.calc.IntervalClaim;

import java.util.Objects;

/**
 * An interval of an obligation's work that counts against another party than its owner, or that
 * is excused.
 *
 * @param subject the obligation
 * @param claim   the interval, who it counts against, and the rule that says so
 */
public record IntervalShift(String subject, IntervalClaim claim) {

    /**
     * Validates the fields.
     *
     * @param subject the obligation
     * @param claim the interval, who it counts against, and the rule that says so
     */
    public IntervalShift {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(claim, "claim");
    }
}
