package io.slarules.model;

/**
 * An event beyond every party's control (flood, strike, pandemic closure) during an interval. It
 * excuses the delay of every obligation in progress during it: nobody pays for that time.
 *
 * @param id       the event's id
 * @param interval when
 * @param reason   what happened, for explanations; may be empty
 */
public record ForceMajeure(String id, Interval interval, String reason) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id the event's id
     * @param interval when
     * @param reason what happened, for explanations; may be empty
     */
    public ForceMajeure {
        Checks.id(id, "timeline", "id");
        Checks.present(interval, "timeline", "interval");
        reason = Checks.text(reason, "timeline", "reason");
    }

    /**
     * A force-majeure period.
     *
     * @param id the event's id
     * @param interval when
     * @param reason what happened, for explanations; may be empty
     * @return the force-majeure period
     */
    public static ForceMajeure of(String id, Interval interval, String reason) {
        return new ForceMajeure(id, interval, reason);
    }
}
