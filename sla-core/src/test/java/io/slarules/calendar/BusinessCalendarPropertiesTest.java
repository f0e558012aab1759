package io.slarules.calendar;

import io.slarules.model.time.Interval;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The laws of business time, on random calendars in zones with and without clock changes (Lord
 * Howe moves its clocks by half an hour, Santiago at midnight), random holidays and random pauses.
 */
class BusinessCalendarPropertiesTest {

    private static final List<ZoneId> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York",
            "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata").stream().map(ZoneId::of).toList();

    /** 2026, where the instants are drawn; the windows around clock changes are drawn more often. */
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant SPRING_START = Instant.parse("2026-03-20T00:00:00Z");
    private static final Instant SPRING_END = Instant.parse("2026-04-15T00:00:00Z");
    private static final Instant AUTUMN_START = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant AUTUMN_END = Instant.parse("2026-11-10T00:00:00Z");

    @Property(tries = 300)
    void businessTimeFromAToCIsAToBPlusBToC(@ForAll("calendars") BusinessCalendar calendar,
                                           @ForAll("instants") Instant first, @ForAll("instants") Instant second,
                                           @ForAll("instants") Instant third) {
        List<Instant> sorted = sorted(first, second, third);
        Instant a = sorted.get(0);
        Instant b = sorted.get(1);
        Instant c = sorted.get(2);

        assertThat(calendar.between(a, c)).isEqualTo(calendar.between(a, b).plus(calendar.between(b, c)));
    }

    @Property(tries = 300)
    void businessTimeIsNeverMoreThanWallTime(@ForAll("calendars") BusinessCalendar calendar,
                                             @ForAll("instants") Instant first, @ForAll("instants") Instant second) {
        List<Instant> sorted = sorted(first, second);
        Duration business = calendar.between(sorted.get(0), sorted.get(1));

        assertThat(business).isBetween(Duration.ZERO, Duration.between(sorted.get(0), sorted.get(1)));
        if (!first.equals(second)) {
            assertThat(calendar.between(sorted.get(1), sorted.get(0))).isZero();
        }
    }

    @Property(tries = 300)
    void pausingNeverIncreasesBusinessTime(@ForAll("calendars") BusinessCalendar calendar,
                                          @ForAll("pauses") List<Interval> pauses,
                                          @ForAll("instants") Instant first, @ForAll("instants") Instant second) {
        List<Instant> sorted = sorted(first, second);

        assertThat(calendar.excluding(pauses).between(sorted.get(0), sorted.get(1)))
                .isLessThanOrEqualTo(calendar.between(sorted.get(0), sorted.get(1)));
    }

    @Property(tries = 300)
    void plusGivesTheEarliestInstantWithTheAmount(@ForAll("calendars") BusinessCalendar calendar,
                                                  @ForAll("instants") Instant from,
                                                  @ForAll("amounts") Duration amount) {
        Instant reached = calendar.plus(from, amount);

        assertThat(reached).isAfterOrEqualTo(from);
        assertThat(calendar.between(from, reached)).isEqualTo(amount);
        if (!amount.isZero()) {
            assertThat(calendar.between(from, reached.minusNanos(1))).isLessThan(amount);
        }
    }

    @Property(tries = 200)
    void businessTimeIsTheLengthOfTheUnionOfTheMappedRanges(@ForAll("zones") ZoneId zone,
                                                           @ForAll("hours") WeeklyHours hours,
                                                           @ForAll("holidays") Set<LocalDate> holidays,
                                                           @ForAll("pauses") List<Interval> pauses,
                                                           @ForAll("instants") Instant first,
                                                           @ForAll("instants") Instant second) {
        List<Instant> sorted = sorted(first, second);
        BusinessCalendar calendar = BusinessCalendar.of(zone, hours, HolidaySource.of(holidays)).excluding(pauses);

        assertThat(calendar.between(sorted.get(0), sorted.get(1)))
                .isEqualTo(sweep(zone, hours, holidays, pauses, sorted.get(0), sorted.get(1)));
    }

    @Property(tries = 300)
    void businessTimeAroundAClockChangeIsTheLengthOfTheUnionOfTheMappedRanges(
            @ForAll("zones") ZoneId zone, @ForAll("hours") WeeklyHours hours,
            @ForAll @IntRange(min = 0, max = 1) int whichChange,
            @ForAll @IntRange(min = -36 * 3600, max = 36 * 3600) int firstOffset,
            @ForAll @IntRange(min = -36 * 3600, max = 36 * 3600) int secondOffset) {
        ZoneOffsetTransition change = zone.getRules().nextTransition(YEAR_START);
        if (change != null && whichChange == 1) {
            change = zone.getRules().nextTransition(change.getInstant());
        }
        Instant around = change == null ? SPRING_START : change.getInstant();
        List<Instant> sorted = sorted(around.plusSeconds(firstOffset), around.plusSeconds(secondOffset));
        BusinessCalendar calendar = BusinessCalendar.of(zone, hours, HolidaySource.none());

        assertThat(calendar.between(sorted.get(0), sorted.get(1)))
                .isEqualTo(sweep(zone, hours, Set.of(), List.of(), sorted.get(0), sorted.get(1)));
    }

    /**
     * A second, plain reckoning of business time to hold the calendar against: every range of every
     * date near the span turned into instants, then one sweep over all their ends and the pauses'
     * ends, counting the time where some range is open and no pause is.
     */
    private static Duration sweep(ZoneId zone, WeeklyHours hours, Set<LocalDate> holidays, List<Interval> pauses,
                                  Instant from, Instant to) {
        record Edge(Instant at, int work, int pause) {
        }
        List<Edge> edges = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(2); !date.isAfter(last); date = date.plusDays(1)) {
            if (holidays.contains(date)) {
                continue;
            }
            for (TimeRange range : hours.ranges(date.getDayOfWeek())) {
                Instant start = ZonedDateTime.of(date, range.start(), zone).toInstant();
                Instant end = range.endsAtEndOfDay()
                        ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                        : ZonedDateTime.of(date, range.end(), zone).toInstant();
                if (start.isBefore(end)) {
                    edges.add(new Edge(start, 1, 0));
                    edges.add(new Edge(end, -1, 0));
                }
            }
        }
        for (Interval pause : pauses) {
            edges.add(new Edge(pause.startInclusive(), 0, 1));
            edges.add(new Edge(pause.endExclusive(), 0, -1));
        }
        edges.sort(Comparator.comparing(Edge::at));
        Duration total = Duration.ZERO;
        int working = 0;
        int paused = 0;
        Instant previous = null;
        for (Edge edge : edges) {
            if (previous != null && working > 0 && paused == 0) {
                Instant start = previous.isAfter(from) ? previous : from;
                Instant end = edge.at().isBefore(to) ? edge.at() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            working += edge.work();
            paused += edge.pause();
            previous = edge.at();
        }
        return total;
    }

    private static List<Instant> sorted(Instant... instants) {
        return List.of(instants).stream().sorted().toList();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, between(YEAR_START, YEAR_END)),
                Tuple.of(3, between(SPRING_START, SPRING_END)),
                Tuple.of(3, between(AUTUMN_START, AUTUMN_END)));
    }

    /** Instants to the second, and some with nanoseconds. */
    private static Arbitrary<Instant> between(Instant start, Instant end) {
        Arbitrary<Long> seconds = Arbitraries.longs().between(start.getEpochSecond(), end.getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    /** Up to 60 business hours, to the minute, and some to the nanosecond. */
    @Provide
    Arbitrary<Duration> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 60 * 60).map(Duration::ofMinutes)),
                Tuple.of(1, Arbitraries.longs().between(0, Duration.ofHours(60).toNanos()).map(Duration::ofNanos)));
    }

    /**
     * Zero to three ranges a day on a quarter-hour grid, so that ends fall inside clock-change gaps
     * and overlaps, and at 24:00; at least one day works.
     */
    @Provide
    Arbitrary<WeeklyHours> hours() {
        // half the marks fall in 00:00-04:00, where the clock changes of these zones are
        Arbitrary<Integer> mark = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 96)),
                Tuple.of(1, Arbitraries.integers().between(0, 16)));
        Arbitrary<List<TimeRange>> day = mark.set().ofMaxSize(6).map(BusinessCalendarPropertiesTest::ranges);
        return day.list().ofSize(7).map(days -> {
            Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek weekday : DayOfWeek.values()) {
                byDay.put(weekday, days.get(weekday.ordinal()));
            }
            return WeeklyHours.of(byDay);
        }).filter(hours -> !hours.isEmpty());
    }

    /** Pairs of sorted quarter-hour marks as ranges; mark 96 is 24:00. */
    private static List<TimeRange> ranges(Set<Integer> marks) {
        List<Integer> sorted = marks.stream().sorted().toList();
        List<TimeRange> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            ranges.add(TimeRange.of(quarter(sorted.get(i)), quarter(sorted.get(i + 1))));
        }
        return ranges;
    }

    private static LocalTime quarter(int mark) {
        return mark == 96 ? LocalTime.MIDNIGHT : LocalTime.of(mark / 4, mark % 4 * 15);
    }

    @Provide
    Arbitrary<Set<LocalDate>> holidays() {
        return Arbitraries.longs()
                .between(LocalDate.parse("2025-12-25").toEpochDay(), LocalDate.parse("2027-01-05").toEpochDay())
                .map(LocalDate::ofEpochDay).set().ofMaxSize(40);
    }

    /** Zero to five pauses of up to three days, overlapping each other at times. */
    @Provide
    Arbitrary<List<Interval>> pauses() {
        Arbitrary<Interval> pause = Combinators.combine(instants(),
                        Arbitraries.longs().between(0, Duration.ofDays(3).toSeconds()))
                .as((start, seconds) -> Interval.of(start, start.plusSeconds(seconds)));
        return pause.list().ofMaxSize(5);
    }

    /** 24x7 and weekly calendars, each with or without pauses. */
    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<BusinessCalendar> always = zones().map(BusinessCalendar::always);
        Arbitrary<BusinessCalendar> weekly = Combinators.combine(zones(), hours(), holidays())
                .as((zone, hours, holidays) -> BusinessCalendar.of(zone, hours, HolidaySource.of(holidays)));
        Arbitrary<BusinessCalendar> plain = Arbitraries.frequencyOf(
                Tuple.of(1, always), Tuple.of(4, weekly));
        return Arbitraries.frequencyOf(
                Tuple.of(1, plain),
                Tuple.of(1, Combinators.combine(plain, pauses()).as(BusinessCalendar::excluding)));
    }
}
