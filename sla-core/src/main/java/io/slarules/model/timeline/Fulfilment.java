package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An obligation was fulfilled.
 *
 * @param id         the event's id
 * @param obligation the obligation fulfilled
 * @param at         when; a file's date-only form means the end of that day in the agreement's zone
 */
public record Fulfilment(String id, String obligation, Instant at) implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id the event's id
     * @param obligation the obligation fulfilled
     * @param at when; a file's date-only form means the end of that day in the agreement's zone
     */
    public Fulfilment {
        Checks.id(id, "timeline", "id");
        Checks.id(obligation, "timeline", "obligation");
        Checks.present(at, "timeline", "at");
    }

    /**
     * A fulfilment.
     *
     * @param id the event's id
     * @param obligation the obligation fulfilled
     * @param at when; a file's date-only form means the end of that day in the agreement's zone
     * @return the fulfilment
     */
    public static Fulfilment of(String id, String obligation, Instant at) {
        return new Fulfilment(id, obligation, at);
    }

    /**
     * A fulfilment on a date, meaning what a date means in a timeline file: by the end of that day
     * (midnight at its end) in the agreement's zone. A fulfilment on the due date is on time.
     *
     * @param id         the event's id
     * @param obligation the obligation fulfilled
     * @param date       the day it was fulfilled on
     * @param zone       the agreement's zone ({@link Agreement#zone()})
     * @return the fulfilment, at the end of {@code date} in {@code zone}
     * @throws io.slarules.InvalidInputException when a field is missing
     */
    public static Fulfilment onDate(String id, String obligation, LocalDate date, ZoneId zone) {
        Checks.present(date, "timeline", "at");
        Checks.present(zone, "timeline", "zone");
        // the start of the next day, not 23:59:59: intervals are half-open and the due date is "by the end of" its day
        return new Fulfilment(id, obligation, date.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
