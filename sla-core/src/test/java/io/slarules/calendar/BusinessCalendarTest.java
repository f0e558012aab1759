package io.slarules.calendar;

import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Good Friday and Easter Monday 2026. */
    private static final HolidaySource EASTER_2026 = HolidaySource.of(
            List.of(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06")));

    /** Mon-Fri 09:00-17:00 in Berlin, no holidays. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(BERLIN,
            WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00")), HolidaySource.none());

    /** The office with Easter 2026 off: the calendar of issue example H. */
    private static final BusinessCalendar OFFICE_EASTER = BusinessCalendar.of(BERLIN,
            WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00")), EASTER_2026);

    /** Mon-Fri with a lunch break: 3 h + 4 h = 7 h a day. */
    private static final BusinessCalendar LUNCH_BREAK = BusinessCalendar.of(BERLIN,
            WeeklyHours.mondayToFriday(TimeRange.parse("09:00-12:00"), TimeRange.parse("13:00-17:00")),
            HolidaySource.none());

    /** Sundays 01:00-05:00 only: the hours around both of Berlin's 2026 clock changes. */
    private static final BusinessCalendar SUNDAY_NIGHTS = BusinessCalendar.of(BERLIN,
            WeeklyHours.of(Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.parse("01:00-05:00")))), HolidaySource.none());

    /** A night shift every day: 18:00-24:00 and 00:00-02:00, eight hours across midnight. */
    private static final BusinessCalendar NIGHT_SHIFT = BusinessCalendar.of(BERLIN,
            everyDay(TimeRange.parse("00:00-02:00"), TimeRange.parse("18:00-24:00")), HolidaySource.none());

    private static WeeklyHours everyDay(TimeRange... ranges) {
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, Arrays.asList(ranges));
        }
        return WeeklyHours.of(byDay);
    }

    /** A Berlin wall-clock time; in the autumn overlap, the earlier (summer) offset. */
    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                // inside one working day: Mon 10:00-15:00
                arguments("within a day", OFFICE, berlin("2026-03-02T10:00"), berlin("2026-03-02T15:00"), hours(5)),
                // from before opening to after closing: only 09:00-17:00 counts
                arguments("around a day", OFFICE, berlin("2026-03-02T07:00"), berlin("2026-03-02T19:00"), hours(8)),
                // both ends outside working time, at night: Tue 20:00 -> Wed 10:00 is Wed 09:00-10:00
                arguments("from the evening", OFFICE, berlin("2026-03-03T20:00"), berlin("2026-03-04T10:00"), hours(1)),
                // over midnight: Mon 16:00-17:00 + Tue 09:00-10:00
                arguments("over midnight", OFFICE, berlin("2026-03-02T16:00"), berlin("2026-03-03T10:00"), hours(2)),
                // over a weekend: Fri 16:00-17:00 + Mon 09:00-10:00
                arguments("over a weekend", OFFICE, berlin("2026-03-06T16:00"), berlin("2026-03-09T10:00"), hours(2)),
                // inside a weekend: Sat 10:00 -> Sun 18:00
                arguments("inside a weekend", OFFICE, berlin("2026-03-07T10:00"), berlin("2026-03-08T18:00"), hours(0)),
                // a whole week: 5 days x 8 h
                arguments("a whole week", OFFICE, berlin("2026-03-02T00:00"), berlin("2026-03-09T00:00"), hours(40)),
                // across months: Fri 01-30 15:00-17:00 (2) + Mon 02-02 (8) + Tue 02-03 09:00-11:00 (2) = 12
                arguments("across months", OFFICE, berlin("2026-01-30T15:00"), berlin("2026-02-03T11:00"), hours(12)),
                // across a year end, New Year's Day 2027 a Friday: Mon 12-28 .. Thu 12-31 (4 x 8) + Fri 01-01 (8)
                arguments("across a year", OFFICE, berlin("2026-12-28T00:00"), berlin("2027-01-02T00:00"), hours(40)),
                // March 2026: 22 weekdays x 8 h, the clock change on Sun 03-29 changes nothing
                arguments("a month", OFFICE, berlin("2026-03-01T00:00"), berlin("2026-04-01T00:00"), hours(176)),
                // listed holidays: Thu 04-02 (8) + [Fri holiday, weekend, Mon holiday] + Tue 04-07 (8)
                arguments("over Easter", OFFICE_EASTER, berlin("2026-04-02T09:00"), berlin("2026-04-07T17:00"), hours(16)),
                // the same span without the holidays: Thu, Fri, Mon, Tue x 8
                arguments("without the holidays", OFFICE, berlin("2026-04-02T09:00"), berlin("2026-04-07T17:00"), hours(32)),
                // a span inside a holiday
                arguments("inside a holiday", OFFICE_EASTER, berlin("2026-04-03T09:00"), berlin("2026-04-03T17:00"), hours(0)),
                // lunch break: Mon 11:00-12:00 + 13:00-14:00
                arguments("over lunch", LUNCH_BREAK, berlin("2026-03-02T11:00"), berlin("2026-03-02T14:00"), hours(2)),
                // a whole day with lunch: 3 + 4
                arguments("a day with lunch", LUNCH_BREAK, berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"), hours(7)),
                // from inside the break: 12:30 -> 13:30 is 13:00-13:30
                arguments("from inside lunch", LUNCH_BREAK, berlin("2026-03-02T12:30"), berlin("2026-03-02T13:30"), hours(0.5)),
                // inside the break
                arguments("inside lunch", LUNCH_BREAK, berlin("2026-03-02T12:10"), berlin("2026-03-02T12:50"), hours(0)),
                // spring forward, Sun 03-29: 01:00 CET = 00:00Z, 05:00 CEST = 03:00Z, 3 h real
                arguments("spring forward", SUNDAY_NIGHTS, berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"), hours(3)),
                // fall back, Sun 10-25: 01:00 CEST = 23:00Z (10-24), 05:00 CET = 04:00Z, 5 h real
                arguments("fall back", SUNDAY_NIGHTS, berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00"), hours(5)),
                // 02:15-02:30 lies in the spring gap and moves to 03:15-03:30 CEST, inside 03:00-04:00: 1 h, not 1 h 15
                arguments("a range moved into the next by the gap", BusinessCalendar.of(BERLIN,
                                WeeklyHours.of(Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.parse("02:15-02:30"), TimeRange.parse("03:00-04:00")))),
                                HolidaySource.none()),
                        berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"), hours(1)),
                // an ordinary Sunday has 4 h
                arguments("a Sunday without a clock change", SUNDAY_NIGHTS, berlin("2026-03-22T00:00"), berlin("2026-03-23T00:00"), hours(4)),
                // night shift over midnight: Mon 23:00-24:00 + Tue 00:00-01:00
                arguments("a night shift over midnight", NIGHT_SHIFT, berlin("2026-03-02T23:00"), berlin("2026-03-03T01:00"), hours(2)),
                // the night of the spring change: Sat 18:00-24:00 (6) + Sun 00:00-02:00 (2) = 8, no hour skipped
                // inside the ranges (the gap is 02:00-03:00, after the shift)
                arguments("a night shift, spring", NIGHT_SHIFT, berlin("2026-03-28T12:00"), berlin("2026-03-29T12:00"), hours(8)),
                // 24x7 over the spring change: 22:00 CET (21:00Z) -> 06:00 CEST (04:00Z) = 7 h
                arguments("24x7 over spring forward", BusinessCalendar.always(BERLIN), berlin("2026-03-28T22:00"), berlin("2026-03-29T06:00"), hours(7)),
                // empty and reversed spans count nothing
                arguments("an empty span", OFFICE, berlin("2026-03-02T10:00"), berlin("2026-03-02T10:00"), hours(0)),
                arguments("a reversed span", OFFICE, berlin("2026-03-02T15:00"), berlin("2026-03-02T10:00"), hours(0)),
                arguments("a reversed span, 24x7", BusinessCalendar.always(BERLIN), berlin("2026-03-02T15:00"), berlin("2026-03-02T10:00"), hours(0)));
    }

    @ParameterizedTest(name = "{0}: {3} business time")
    @MethodSource("spans")
    void betweenCountsRealTimeInsideWorkingRanges(String what, BusinessCalendar calendar, Instant from, Instant to,
                                                  Duration expected) {
        assertThat(calendar.between(from, to)).isEqualTo(expected);
    }

    @Test
    void betweenCountsToTheNanosecond() {
        // Mon 16:59:59.999999999 -> 17:00 is one nanosecond of work
        Instant from = berlin("2026-03-02T16:59:59.999999999");
        assertThat(OFFICE.between(from, berlin("2026-03-02T18:00"))).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void exampleHCountsNineBusinessHoursAndBreachesAtElevenOnWednesday() {
        Instant opened = berlin("2026-04-02T15:00");          // Thursday
        Interval waitingOnCustomer = Interval.of(berlin("2026-04-07T10:00"), berlin("2026-04-07T14:00"));
        Instant resolved = berlin("2026-04-08T12:00");        // Wednesday
        BusinessCalendar clock = OFFICE_EASTER.excluding(List.of(waitingOnCustomer));

        // Thu 15:00-17:00 (2) + [Fri, weekend, Mon off] + Tue 09:00-10:00 and 14:00-17:00 (4) + Wed 09:00-12:00 (3)
        assertThat(clock.between(opened, resolved)).isEqualTo(hours(9));
        // the pause held Tue 10:00-14:00 of working time: 4 h, attributed to the customer
        assertThat(OFFICE_EASTER.between(waitingOnCustomer.startInclusive(), waitingOnCustomer.endExclusive()))
                .isEqualTo(hours(4));
        // 8 h target: 2 on Thursday, 4 on Tuesday, so the last 2 run Wed 09:00-11:00
        assertThat(clock.plus(opened, hours(8))).isEqualTo(berlin("2026-04-08T11:00"));
    }

    @Test
    void exampleICountsNineHoursOverTheAutumnNight() {
        // 22:00 CEST (20:00Z) -> 06:00 CET (05:00Z): the clocks went back, so 9 h passed, not 8
        BusinessCalendar always = BusinessCalendar.always(BERLIN);
        Instant opened = berlin("2026-10-24T22:00");
        Instant resolved = berlin("2026-10-25T06:00");

        assertThat(always.between(opened, resolved)).isEqualTo(hours(9));
        // the 8 h target ran out at 05:00 CET (04:00Z), an hour before the case was resolved
        assertThat(always.plus(opened, hours(8))).isEqualTo(berlin("2026-10-25T05:00"));
    }

    static Stream<Arguments> additions() {
        return Stream.of(
                // inside a day
                arguments("within a day", OFFICE, berlin("2026-03-02T10:00"), hours(3), berlin("2026-03-02T13:00")),
                // Mon 16:00-17:00 (1), Tue 09:00-10:00 (1)
                arguments("into the next day", OFFICE, berlin("2026-03-02T16:00"), hours(2), berlin("2026-03-03T10:00")),
                // Fri 16:00-17:00 (1), Mon 09:00-10:00 (1)
                arguments("over a weekend", OFFICE, berlin("2026-03-06T16:00"), hours(2), berlin("2026-03-09T10:00")),
                // from a Saturday the clock starts on Monday 09:00
                arguments("from a weekend", OFFICE, berlin("2026-03-07T12:00"), hours(1), berlin("2026-03-09T10:00")),
                // from before opening
                arguments("from before opening", OFFICE, berlin("2026-03-02T07:00"), hours(1), berlin("2026-03-02T10:00")),
                // a whole day ends at closing time, not at next morning's opening: the earliest instant
                arguments("to closing time", OFFICE, berlin("2026-03-02T09:00"), hours(8), berlin("2026-03-02T17:00")),
                // zero is the start itself, even at a weekend
                arguments("zero", OFFICE, berlin("2026-03-07T12:00"), hours(0), berlin("2026-03-07T12:00")),
                // Thu 04-02 16:00-17:00 (1), [Fri holiday, weekend, Mon holiday], Tue 09:00-10:00 (1)
                arguments("over Easter", OFFICE_EASTER, berlin("2026-04-02T16:00"), hours(2), berlin("2026-04-07T10:00")),
                // lunch: Mon 11:00-12:00 (1), 13:00-14:30 (1.5)
                arguments("over lunch", LUNCH_BREAK, berlin("2026-03-02T11:00"), hours(2.5), berlin("2026-03-02T14:30")),
                // spring: the range starts 01:00 CET = 00:00Z; + 2 h = 02:00Z = 04:00 CEST
                arguments("spring forward", SUNDAY_NIGHTS, berlin("2026-03-29T00:00"), hours(2), berlin("2026-03-29T04:00")),
                // a week of 40 h: Mon 09:00 + 40 h is Fri 17:00
                arguments("a week", OFFICE, berlin("2026-03-02T09:00"), hours(40), berlin("2026-03-06T17:00")),
                // 24x7 is plain addition in instants: 2026-03-28 22:00 CET (21:00Z) + 7 h = 04:00Z = 06:00 CEST
                arguments("24x7 over spring forward", BusinessCalendar.always(BERLIN), berlin("2026-03-28T22:00"), hours(7), berlin("2026-03-29T06:00")));
    }

    @ParameterizedTest(name = "{0}: {2} + {3} = {4}")
    @MethodSource("additions")
    void plusFindsTheEarliestInstantWithTheAmountOfBusinessTime(String what, BusinessCalendar calendar, Instant from,
                                                                 Duration amount, Instant expected) {
        assertThat(calendar.plus(from, amount)).isEqualTo(expected);
        assertThat(calendar.between(from, expected)).isEqualTo(amount);
    }

    @Test
    void plusCountsTheRepeatedAutumnHour() {
        // 01:00 CEST is 23:00Z on 10-24; + 2 h = 01:00Z on 10-25, which is 02:00 the second time, in CET
        Instant expected = OffsetDateTime.parse("2026-10-25T02:00+01:00").toInstant();
        assertThat(SUNDAY_NIGHTS.plus(berlin("2026-10-25T00:00"), hours(2))).isEqualTo(expected);
    }

    @Test
    void aSkippedDayHasNoWorkingTimeOfItsOwn() {
        // Samoa went from Thu 2011-12-29 24:00 to Sat 2011-12-31 00:00. Friday's 09:00-17:00 moves forward
        // by the 24 h gap onto Saturday's own 09:00-17:00, and is counted once: Thu 8 + Sat 8 = 16 h, not 24
        ZoneId apia = ZoneId.of("Pacific/Apia");
        BusinessCalendar calendar = BusinessCalendar.of(apia, everyDay(TimeRange.parse("09:00-17:00")),
                HolidaySource.none());
        Instant from = ZonedDateTime.of(LocalDateTime.parse("2011-12-29T00:00"), apia).toInstant();
        Instant to = ZonedDateTime.of(LocalDateTime.parse("2012-01-01T00:00"), apia).toInstant();

        assertThat(calendar.between(from, to)).isEqualTo(hours(16));
    }

    @Test
    void aRangeInsideTheSpringGapIsEmpty() {
        // 02:00-03:00 does not exist on 2026-03-29 in Berlin: both ends map to 03:00 CEST
        BusinessCalendar calendar = BusinessCalendar.of(BERLIN,
                WeeklyHours.of(Map.of(DayOfWeek.SUNDAY, List.of(TimeRange.parse("02:00-03:00")))), HolidaySource.none());

        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-29"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-22"))).isTrue();
        assertThat(calendar.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(hours(0));
    }

    @Test
    void excludingTakesOverlappingPausesOutOnce() {
        // Mon 09:00-17:00 with pauses 10:00-12:00 and 11:00-13:00: their union 10:00-13:00 is out, 8 - 3 = 5 h
        BusinessCalendar paused = OFFICE.excluding(List.of(
                Interval.of(berlin("2026-03-02T10:00"), berlin("2026-03-02T12:00")),
                Interval.of(berlin("2026-03-02T11:00"), berlin("2026-03-02T13:00"))));

        assertThat(paused.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"))).isEqualTo(hours(5));
        // 09:00-10:00 (1) then 13:00-14:00 (1)
        assertThat(paused.plus(berlin("2026-03-02T09:00"), hours(2))).isEqualTo(berlin("2026-03-02T14:00"));
    }

    @Test
    void excludingTwiceExcludesBoth() {
        // 24x7, Mon 00:00 -> Tue 00:00 is 24 h; minus 1 h, then minus 2 h more
        BusinessCalendar once = BusinessCalendar.always(BERLIN)
                .excluding(List.of(Interval.of(berlin("2026-03-02T01:00"), berlin("2026-03-02T02:00"))));
        BusinessCalendar twice = once
                .excluding(List.of(Interval.of(berlin("2026-03-02T05:00"), berlin("2026-03-02T07:00"))));

        assertThat(once.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"))).isEqualTo(hours(23));
        assertThat(twice.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00"))).isEqualTo(hours(21));
        assertThat(twice.zone()).isEqualTo(BERLIN);
    }

    @Test
    void aDayCoveredByAPauseIsNoWorkingDay() {
        BusinessCalendar paused = OFFICE.excluding(List.of(
                Interval.of(berlin("2026-03-02T08:00"), berlin("2026-03-02T18:00"))));

        assertThat(paused.isWorkingDay(LocalDate.parse("2026-03-02"))).isFalse();
        assertThat(paused.isWorkingDay(LocalDate.parse("2026-03-03"))).isTrue();
    }

    static Stream<Arguments> workingDays() {
        return Stream.of(
                arguments(OFFICE, "2026-03-02", true),              // Monday
                arguments(OFFICE, "2026-03-07", false),             // Saturday
                arguments(OFFICE_EASTER, "2026-04-03", false),      // Good Friday
                arguments(OFFICE_EASTER, "2026-04-07", true),       // the Tuesday after Easter
                arguments(BusinessCalendar.always(BERLIN), "2026-03-07", true));
    }

    @ParameterizedTest(name = "{1} is a working day of {0}: {2}")
    @MethodSource("workingDays")
    void isWorkingDayFollowsHoursAndHolidays(BusinessCalendar calendar, String date, boolean expected) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isEqualTo(expected);
    }

    @Test
    void aCalendarWithoutWorkingHoursIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BusinessCalendar.of(BERLIN, WeeklyHours.of(Map.of()), HolidaySource.none()))
                .withMessageStartingWith("hours:");
    }

    @Test
    void plusRefusesANegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OFFICE.plus(berlin("2026-03-02T10:00"), Duration.ofSeconds(-1)))
                .withMessageStartingWith("amount:").withMessageContaining("PT-1S");
    }

    @Test
    void plusGivesUpAfterTwentyYearsWithoutWorkingTime() {
        // every date a holiday: there is no working time to find
        BusinessCalendar closed = BusinessCalendar.of(BERLIN, WeeklyHours.allWeek(), date -> true);

        assertThatIllegalStateException()
                .isThrownBy(() -> closed.plus(berlin("2026-03-02T10:00"), hours(1)))
                .withMessageContaining("20 years")
                .withMessageContaining(closed.toString());
    }

    @Test
    void plusGivesUpBehindAPauseOfMoreThanTwentyYears() {
        Instant from = berlin("2026-03-02T10:00");
        BusinessCalendar paused = BusinessCalendar.always(BERLIN)
                .excluding(List.of(Interval.of(from, berlin("2050-01-01T00:00"))));

        assertThatIllegalStateException().isThrownBy(() -> paused.plus(from, hours(1)))
                .withMessageContaining("excluding 1 interval");
    }

    @Test
    void nullArgumentsAreNamed() {
        Instant now = berlin("2026-03-02T10:00");
        assertThatNullPointerException().isThrownBy(() -> BusinessCalendar.always(null)).withMessage("zone");
        assertThatNullPointerException()
                .isThrownBy(() -> BusinessCalendar.of(BERLIN, null, HolidaySource.none())).withMessage("hours");
        assertThatNullPointerException()
                .isThrownBy(() -> BusinessCalendar.of(BERLIN, WeeklyHours.allWeek(), null)).withMessage("holidays");
        assertThatNullPointerException().isThrownBy(() -> OFFICE.between(null, now)).withMessage("from");
        assertThatNullPointerException().isThrownBy(() -> OFFICE.between(now, null)).withMessage("to");
        assertThatNullPointerException().isThrownBy(() -> OFFICE.plus(now, null)).withMessage("amount");
        assertThatNullPointerException().isThrownBy(() -> OFFICE.excluding(null)).withMessage("pauses");
        assertThatNullPointerException().isThrownBy(() -> OFFICE.isWorkingDay(null)).withMessage("date");
    }

    @Test
    void calendarsSayWhatTheyAre() {
        assertThat(BusinessCalendar.always(BERLIN)).hasToString("24x7 calendar in Europe/Berlin");
        assertThat(OFFICE_EASTER).hasToString("business calendar in Europe/Berlin, WeeklyHours[MONDAY 09:00-17:00, "
                + "TUESDAY 09:00-17:00, WEDNESDAY 09:00-17:00, THURSDAY 09:00-17:00, FRIDAY 09:00-17:00], "
                + "holidays [2026-04-03, 2026-04-06]");
    }
}
