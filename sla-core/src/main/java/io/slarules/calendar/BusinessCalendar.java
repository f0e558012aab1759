package io.slarules.calendar;

import io.slarules.model.time.Interval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * When the clock of a service level runs: working time in a time zone, as a set of instants.
 * Business time between two instants is how much of that set lies between them.
 *
 * <p>A working range of a date maps to instants with {@link java.time.ZonedDateTime#of} in the
 * calendar's zone: a local time inside a spring-forward gap moves forward by the length of the
 * gap, one in the autumn overlap takes the earlier offset, and an end of 24:00 is the start of the
 * next day. So business time is real elapsed time: the skipped spring hour is not counted and the
 * repeated autumn hour counts twice. Holidays have no working time.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface BusinessCalendar {

    /** {@return the zone in which the working hours and holidays are read} */
    ZoneId zone();

    /**
     * The business time in the half-open span {@code [from, to)}: real elapsed time inside working
     * ranges. {@link Duration#ZERO} when {@code to} is not after {@code from}.
     *
     * @param from the start of the span
     * @param to the end of the span, exclusive
     * @return the working time inside the span
     */
    Duration between(Instant from, Instant to);

    /**
     * The earliest instant {@code t >= from} with {@code between(from, t)} equal to
     * {@code amount}: the instant at which a case opened at {@code from} has used {@code amount}
     * of business time. {@code from} itself for a zero amount, even outside working time.
     *
     * @throws IllegalArgumentException when {@code amount} is negative
     * @throws IllegalStateException    when the calendar has no working time within 20 years after
     *                                  {@code from} or after some working time on the way
     * @param from the instant the clock starts, e.g. a case's opening
     * @param amount the business time to use up; not negative
     * @return the instant by which {@code amount} of business time has passed
     */
    Instant plus(Instant from, Duration amount);

    /**
     * {@return whether the date has any working time}
     *
     * @param date a date in the calendar's zone
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * This calendar with the given intervals not counted: clock pauses, exclusions. The intervals
     * may overlap each other; an instant in any of them is not working time.
     *
     * @param pauses half-open intervals that are not working time, in any order
     * @return a calendar equal to this one except that the intervals are not working time
     */
    BusinessCalendar excluding(Collection<Interval> pauses);

    /**
     * {@return a 24x7 calendar: business time is real elapsed time}
     *
     * @param zone the zone its days are read in
     */
    static BusinessCalendar always(ZoneId zone) {
        return new AlwaysCalendar(zone);
    }

    /**
     * A calendar with working hours by day of the week, except on holidays.
     *
     * @throws IllegalArgumentException when the hours have no working time on any day
     * @param zone the zone in which the working hours and holidays are read
     * @param hours the working ranges of each day of the week
     * @param holidays the dates that have no working time
     * @return the calendar
     */
    static BusinessCalendar of(ZoneId zone, WeeklyHours hours, HolidaySource holidays) {
        return new WeeklyCalendar(zone, hours, holidays);
    }
}
