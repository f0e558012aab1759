package io.slarules.rules.facts;

import io.slarules.calc.IntervalClaim;

import java.util.Objects;

/**
 * An interval in which the owner of an obligation, or a subcontractor it answers for, blocked the
 * work itself. It never shifts the owner's due date; where another party's claim overlaps it, the
 * agreement's concurrent-delay policy decides who bears the overlap.
 *
 * @param subject the obligation
 * @param claim   the interval, whose delay it was, and the rule that found it
 */
public record OwnDelayInterval(String subject, IntervalClaim claim) {

    /**
     * Validates the fields.
     *
     * @param subject the obligation
     * @param claim the interval, whose delay it was, and the rule that found it
     */
    public OwnDelayInterval {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(claim, "claim");
    }
}
