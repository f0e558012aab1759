package io.slarules.calendar;

import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Working hours by day of the week in a zone, none on holidays. A value: equal by zone, hours and holidays. It keeps
 * the working time of the dates it was last asked about (a case's clock walks the same few days several times, and
 * a month's cases walk the same weeks), so a date's instants are worked out from the zone's rules once, not per walk.
 */
final class WeeklyCalendar implements CalendarBase {

    /** Dates remembered, by epoch day modulo this (a power of two): two months and more. */
    private static final int DAYS_KEPT = 64;

    private final ZoneId zone;
    private final WeeklyHours hours;
    private final HolidaySource holidays;
    /**
     * The working time of recently asked dates. Racy on purpose: a slot holds an immutable {@link Day} (final fields,
     * safely published), so a thread sees a complete one or an older one or none, and then works the date out again.
     */
    private final Day[] days = new Day[DAYS_KEPT];

    /** A date's working time, as {@link #workingTimeOn(LocalDate)} gives it (unmodifiable). */
    private record Day(LocalDate date, List<Interval> spans) {
    }

    WeeklyCalendar(ZoneId zone, WeeklyHours hours, HolidaySource holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("hours: a business calendar needs working time on at least one day of the week");
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WeeklyCalendar c && c.zone.equals(zone) && c.hours.equals(hours)
                && c.holidays.equals(holidays);
    }

    @Override
    public int hashCode() {
        return (31 * zone.hashCode() + hours.hashCode()) * 31 + holidays.hashCode();
    }

    @Override
    public Walk walk(Instant from) {
        return new WeeklyWalk(from);
    }

    /**
     * The date's ranges as instants. Usually that is the ranges in order; but a start inside a
     * spring-forward gap moves forward by the gap and can pass the end of its own range (then the
     * range is empty) or the start of the next one (then the two are merged), so the spans are
     * sorted and merged rather than trusted.
     */
    @Override
    public List<Interval> workingTimeOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int slot = (int) (date.toEpochDay() & (DAYS_KEPT - 1));
        Day day = days[slot];
        if (day == null || !day.date().equals(date)) {
            day = new Day(date, List.copyOf(workOut(date)));
            days[slot] = day;
        }
        return day.spans();
    }

    private List<Interval> workOut(LocalDate date) {
        List<TimeRange> ranges = hours.ranges(date.getDayOfWeek());
        if (ranges.isEmpty() || holidays.isHoliday(date)) {
            return List.of();
        }
        List<Interval> spans = new ArrayList<>(ranges.size());
        boolean inOrder = true;
        for (TimeRange range : ranges) {
            Instant start = ZonedDateTime.of(date, range.start(), zone).toInstant();
            Instant end = range.endsAtEndOfDay()
                    ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                    : ZonedDateTime.of(date, range.end(), zone).toInstant();
            if (start.isBefore(end)) {
                inOrder &= spans.isEmpty() || !start.isBefore(spans.get(spans.size() - 1).endExclusive());
                spans.add(Interval.of(start, end));
            }
        }
        return inOrder ? spans : merged(spans);
    }

    private static List<Interval> merged(List<Interval> spans) {
        List<Interval> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Interval> merged = new ArrayList<>(sorted.size());
        for (Interval span : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !span.startInclusive().isAfter(merged.get(last).endExclusive())) {
                Interval previous = merged.get(last);
                if (span.endExclusive().isAfter(previous.endExclusive())) {
                    merged.set(last, Interval.of(previous.startInclusive(), span.endExclusive()));
                }
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    @Override
    public String toString() {
        return "business calendar in " + zone + ", " + hours + ", " + holidays;
    }

    /**
     * Walks date by date. It starts a day early, since a gap can push the working time of a date
     * past midnight, and takes only what lies after the end of the span it gave last, so a span
     * that two dates share (a skipped day, as Samoa skipped 2011-12-30) is given once.
     */
    private final class WeeklyWalk implements Walk {

        private LocalDate nextDate;
        private Iterator<Interval> pending = List.<Interval>of().iterator();
        private Instant cursor;
        /** The last limit asked for and the last date that can have spans before it: callers repeat the limit. */
        private Instant limitSeen;
        private LocalDate lastDateSeen;

        WeeklyWalk(Instant from) {
            this.cursor = from;
            this.nextDate = from.atZone(zone).toLocalDate().minusDays(1);
        }

        @Override
        public Interval next(Instant limit) {
            // a date's spans lie within a day of its own midnight, so the dates after this have none before limit
            if (!limit.equals(limitSeen)) {
                limitSeen = limit;
                lastDateSeen = limit.atZone(zone).toLocalDate().plusDays(1);
            }
            LocalDate lastDate = lastDateSeen;
            while (true) {
                while (pending.hasNext()) {
                    Interval span = pending.next();
                    if (span.endExclusive().isAfter(cursor)) {
                        Instant start = span.startInclusive().isAfter(cursor) ? span.startInclusive() : cursor;
                        if (!start.isBefore(limit)) {
                            return null;
                        }
                        cursor = span.endExclusive();
                        return Interval.of(start, cursor);
                    }
                }
                if (nextDate.isAfter(lastDate)) {
                    return null;
                }
                pending = workingTimeOn(nextDate).iterator();
                nextDate = nextDate.plusDays(1);
            }
        }
    }
}
