package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.time.Interval;

import java.util.List;

/**
 * Work on some obligations could not progress during an interval, because of a party: waiting for
 * the customer's test environment, for access, for an approval.
 *
 * @param id          the event's id
 * @param obligations the obligations blocked; at least one
 * @param interval    when
 * @param responsible the party that caused the block
 * @param reason      why, for explanations; may be empty
 */
public record BlockedInterval(String id, List<String> obligations, Interval interval, String responsible,
                              String reason) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id the event's id
     * @param obligations the obligations blocked; at least one
     * @param interval when
     * @param responsible the party that caused the block
     * @param reason why, for explanations; may be empty
     */
    public BlockedInterval {
        Checks.id(id, "timeline", "id");
        obligations = Checks.list(obligations, "timeline", "obligations");
        if (obligations.isEmpty()) {
            throw Checks.fail("timeline", "obligations", "must name at least one obligation");
        }
        Checks.present(interval, "timeline", "interval");
        Checks.id(responsible, "timeline", "responsible");
        reason = Checks.text(reason, "timeline", "reason");
    }

    /**
     * A blocked interval of one obligation.
     *
     * @param id the event's id
     * @param interval when
     * @param responsible the party that caused the block
     * @param reason why, for explanations; may be empty
     * @param obligation the id of the one obligation blocked
     * @return the blocked interval
     */
    public static BlockedInterval of(String id, String obligation, Interval interval, String responsible,
                                     String reason) {
        return new BlockedInterval(id, List.of(obligation), interval, responsible, reason);
    }
}
