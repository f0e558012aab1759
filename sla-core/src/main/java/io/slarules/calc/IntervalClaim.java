package io.slarules.calc;

import io.slarules.Cause;
import io.slarules.Responsible;
import io.slarules.model.time.Interval;

import java.util.Objects;

/**
 * A claim that an interval of an obligation's work counts against someone other than its owner: a
 * blocked interval caused by another party, a force-majeure period. Rules make claims; the
 * obligation's attribution turns them into segments.
 *
 * @param interval    the part of the obligation's work the event covered
 * @param responsible who the time counts against
 * @param cause       why
 * @param event       the timeline event's id
 * @param reason      the event's reason; may be empty
 * @param rule        the rule that made the claim
 */
public record IntervalClaim(Interval interval, Responsible responsible, Cause cause, String event, String reason,
                            String rule) {

    /**
     * Validates the fields.
     *
     * @param interval the part of the obligation's work the event covered
     * @param responsible who the time counts against
     * @param cause why
     * @param event the timeline event's id
     * @param reason the event's reason; may be empty
     * @param rule the rule that made the claim
     */
    public IntervalClaim {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
