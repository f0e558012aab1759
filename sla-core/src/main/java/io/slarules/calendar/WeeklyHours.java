package io.slarules.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The working hours of each day of the week: zero or more {@link TimeRange}s a day, sorted and not
 * overlapping (a lunch break is two ranges, {@code 09:00-12:00} and {@code 13:00-17:00}). A day
 * without ranges has no working time.
 */
public final class WeeklyHours {

    private static final WeeklyHours ALL_WEEK = mondayToSunday(List.of(TimeRange.allDay()));

    /** Every day present, each list unmodifiable. */
    private final Map<DayOfWeek, List<TimeRange>> rangesByDay;

    private WeeklyHours(Map<DayOfWeek, List<TimeRange>> rangesByDay) {
        this.rangesByDay = rangesByDay;
    }

    /**
     * The given ranges on each day; a day that is missing from the map has no working time.
     *
     * @throws IllegalArgumentException naming every day whose ranges are not sorted or overlap
     * @param rangesByDay each working day's ranges, sorted and not overlapping
     * @return the weekly hours
     */
    public static WeeklyHours of(Map<DayOfWeek, List<TimeRange>> rangesByDay) {
        Objects.requireNonNull(rangesByDay, "rangesByDay");
        Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            copy.put(day, List.of());
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<DayOfWeek, List<TimeRange>> entry : rangesByDay.entrySet()) {
            DayOfWeek day = Objects.requireNonNull(entry.getKey(), "rangesByDay: a day is null");
            List<TimeRange> ranges = Objects.requireNonNull(entry.getValue(), "rangesByDay: the ranges of " + day);
            for (TimeRange range : ranges) {
                Objects.requireNonNull(range, "rangesByDay: a range of " + day + " is null");
            }
            for (int i = 1; i < ranges.size(); i++) {
                TimeRange before = ranges.get(i - 1);
                TimeRange after = ranges.get(i);
                // sorted and apart: the next range starts at or after the end of the one before
                if (after.start().toNanoOfDay() < before.endNanoOfDay()) {
                    problems.add(day + ": " + before + " and " + after + " are not in order or overlap");
                }
            }
            copy.put(day, List.copyOf(ranges));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rangesByDay: each day's ranges must be sorted and must not overlap: "
                    + String.join("; ", problems));
        }
        return new WeeklyHours(Collections.unmodifiableMap(copy));
    }

    /**
     * The same ranges on Monday to Friday, none at the weekend.
     *
     * @throws IllegalArgumentException when no range is given, or they are not sorted or overlap
     * @param ranges the working ranges of a weekday, sorted and not overlapping
     * @return the weekly hours
     */
    public static WeeklyHours mondayToFriday(TimeRange... ranges) {
        Objects.requireNonNull(ranges, "ranges");
        if (ranges.length == 0) {
            throw new IllegalArgumentException("ranges: Monday to Friday needs at least one time range");
        }
        for (TimeRange range : ranges) {
            Objects.requireNonNull(range, "ranges: a range is null");
        }
        List<TimeRange> list = Arrays.asList(ranges);
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                byDay.put(day, list);
            }
        }
        return of(byDay);
    }

    /** {@return every day, all day: 00:00-24:00 from Monday to Sunday} */
    public static WeeklyHours allWeek() {
        return ALL_WEEK;
    }

    private static WeeklyHours mondayToSunday(List<TimeRange> ranges) {
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, ranges);
        }
        return of(byDay);
    }

    /**
     * {@return the working ranges of a day of the week, in order; empty for a day off}
     *
     * @param day a day of the week
     */
    public List<TimeRange> ranges(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return rangesByDay.get(day);
    }

    /** {@return whether no day of the week has a working range} */
    public boolean isEmpty() {
        return rangesByDay.values().stream().allMatch(List::isEmpty);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyHours hours && rangesByDay.equals(hours.rangesByDay);
    }

    @Override
    public int hashCode() {
        return rangesByDay.hashCode();
    }

    /** {@code MONDAY 09:00-12:00 13:00-17:00, TUESDAY ...}; days off are left out. */
    @Override
    public String toString() {
        StringJoiner days = new StringJoiner(", ", "WeeklyHours[", "]");
        rangesByDay.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                StringJoiner line = new StringJoiner(" ", day + " ", "");
                ranges.forEach(range -> line.add(range.toString()));
                days.add(line.toString());
            }
        });
        return days.toString();
    }
}
