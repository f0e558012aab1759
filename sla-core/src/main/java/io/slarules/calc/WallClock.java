package io.slarules.calc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Measures time on an agreement's wall clock: the local date-time of its zone.
 *
 * <p>Contracts count delay in calendar days. Measured in elapsed time, a delay across the start of
 * summer time would be 23 hours short of its days and a {@code DOWN}-rounding clause would lose a
 * day; measured on the wall clock, a day is always a calendar day. The price is that an hour
 * measured across a DST change is a local hour, not an elapsed one.
 */
public final class WallClock {

    private WallClock() {
    }

    /**
     * The wall-clock time from {@code from} to {@code to} in {@code zone}; zero when {@code to} is
     * not after {@code from}.
     *
     * <p>When the clocks go back, the local time repeats an hour; the wall clock stands still during
     * the repetition, so it never runs backwards and lengths measured on it always add up: the
     * length of {@code [a, c)} is the length of {@code [a, b)} plus that of {@code [b, c)}.
     *
     * @param from the start of the span
     * @param to the end of the span, exclusive
     * @param zone the zone whose local clock is read
     * @return the wall-clock length, never negative
     */
    public static Duration between(Instant from, Instant to, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return Duration.between(position(from, zone), position(to, zone));
    }

    /**
     * Where an instant stands on the wall clock: its local date-time, except during the second pass
     * of a repeated hour, when the wall clock waits at the end of the first pass.
     */
    static LocalDateTime position(Instant instant, ZoneId zone) {
        ZonedDateTime zoned = instant.atZone(zone);
        LocalDateTime local = zoned.toLocalDateTime();
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isOverlap() && zoned.getOffset().equals(transition.getOffsetAfter())) {
            return transition.getDateTimeBefore();
        }
        return local;
    }

    /**
     * {@return the instant a date ends in a zone: midnight at the start of the next day}
     *
     * @param date the date
     * @param zone the zone whose midnight ends it
     */
    public static Instant endOfDay(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The date an instant belongs to when it marks the time something was done: an instant at
     * midnight belongs to the day it ends, as a date-only fulfilment is read as the end of its day.
     *
     * @param instant the instant something was done
     * @param zone the zone whose dates are meant
     * @return the date whose day the instant falls in or ends
     */
    public static LocalDate dayEndingAtOrAfter(Instant instant, ZoneId zone) {
        return instant.minusNanos(1).atZone(zone).toLocalDate();
    }
}
