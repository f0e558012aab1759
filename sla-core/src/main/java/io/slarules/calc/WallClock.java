package io.slarules.calc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
     */
    public static Duration between(Instant from, Instant to, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration local = Duration.between(from.atZone(zone).toLocalDateTime(), to.atZone(zone).toLocalDateTime());
        // inside the hour repeated when clocks go back, a later instant can read earlier locally
        return local.isNegative() ? Duration.ZERO : local;
    }

    /** The instant a date ends in a zone: midnight at the start of the next day. */
    public static Instant endOfDay(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The date an instant belongs to when it marks the time something was done: an instant at
     * midnight belongs to the day it ends, as a date-only fulfilment is read as the end of its day.
     */
    public static LocalDate dayEndingAtOrAfter(Instant instant, ZoneId zone) {
        return instant.minusNanos(1).atZone(zone).toLocalDate();
    }
}
