package io.slarules.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open range of local time within one day, {@code [start, end)}: working hours such as
 * {@code 09:00-17:00}. An end of {@link LocalTime#MIDNIGHT} (00:00) means 24:00, the end of the
 * day, so {@code 22:00-24:00} and {@link #allDay()} can be written; otherwise the end is after the
 * start. A range never runs past midnight: night shifts are two ranges on two days.
 *
 * @param start the first working time of the range
 * @param end   the time at which work stops, not itself working time; 00:00 for the end of the day
 */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    /**
     * Validates that the range ends after it starts, or at the end of the day.
     *
     * @param start the first working time of the range
     * @param end the time at which work stops, not itself working time; 00:00 for the end of the day
     */
    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("end: a time range must end after it starts (or at 24:00), was "
                    + start + "-" + end);
        }
    }

    /**
     * The range {@code [start, end)}; an end of 00:00 means 24:00.
     *
     * @param start the first working time of the range
     * @param end the time at which work stops, not itself working time; 00:00 for the end of the day
     * @return the range
     */
    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** {@return the whole day, {@code 00:00-24:00}} */
    public static TimeRange allDay() {
        return new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /**
     * Reads a range written as {@link #toString()} writes it: {@code 09:00-17:00}, with seconds if
     * needed ({@code 09:00:30-17:00}); an end of {@code 24:00} or {@code 00:00} is the end of the
     * day.
     *
     * @throws IllegalArgumentException when the text is not two times joined by a hyphen, or the
     *                                  range does not end after it starts
     * @param text the range as text, e.g. {@code 09:00-17:00}
     * @return the range
     */
    public static TimeRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String written = text.toString().strip();
        int hyphen = written.indexOf('-');
        if (hyphen < 0 || hyphen != written.lastIndexOf('-')) {
            throw new IllegalArgumentException("text: expected a time range such as 09:00-17:00, was \"" + text + "\"");
        }
        String startText = written.substring(0, hyphen).strip();
        String endText = written.substring(hyphen + 1).strip();
        try {
            LocalTime start = LocalTime.parse(startText);
            // LocalTime has no 24:00; the record spells the end of the day as 00:00
            LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
            return new TimeRange(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("text: expected a time range such as 09:00-17:00, was \"" + text
                    + "\": " + e.getMessage(), e);
        }
    }

    /** {@return whether the range runs to the end of the day (its end is written 24:00)} */
    public boolean endsAtEndOfDay() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** {@return the length of the range on a day without a clock change} */
    public Duration duration() {
        return Duration.ofNanos(endNanoOfDay() - start.toNanoOfDay());
    }

    /**
     * {@return whether the two ranges share a local time; ranges that only touch do not}
     *
     * @param other another range of working hours
     */
    public boolean overlaps(TimeRange other) {
        Objects.requireNonNull(other, "other");
        return start.toNanoOfDay() < other.endNanoOfDay() && other.start.toNanoOfDay() < endNanoOfDay();
    }

    /** The end in nanoseconds from the start of the day: a whole day's worth for 24:00. */
    long endNanoOfDay() {
        return endsAtEndOfDay() ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    /** {@code 09:00-17:00}; the end of the day is written {@code 24:00}. */
    @Override
    public String toString() {
        return start + "-" + (endsAtEndOfDay() ? "24:00" : end.toString());
    }
}
