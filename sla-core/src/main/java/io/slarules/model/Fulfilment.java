package io.slarules.model;

import java.time.Instant;

/**
 * An obligation was fulfilled.
 *
 * @param id         the event's id
 * @param obligation the obligation fulfilled
 * @param at         when; a file's date-only form means the end of that day in the agreement's zone
 */
public record Fulfilment(String id, String obligation, Instant at) implements TimelineEvent {

    /** Validates the fields. */
    public Fulfilment {
        Checks.id(id, "timeline", "id");
        Checks.id(obligation, "timeline", "obligation");
        Checks.present(at, "timeline", "at");
    }

    /** A fulfilment. */
    public static Fulfilment of(String id, String obligation, Instant at) {
        return new Fulfilment(id, obligation, at);
    }
}
