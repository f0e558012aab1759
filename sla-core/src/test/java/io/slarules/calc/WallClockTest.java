package io.slarules.calc;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class WallClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Instant instant(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void delayAcrossSummerTimeStartIsWholeDaysOnTheWallClock() {
        // due at the end of 2026-03-20, done at the end of 2026-04-10; clocks go forward on 2026-03-29
        Instant due = WallClock.endOfDay(date("2026-03-20"), BERLIN);
        Instant done = WallClock.endOfDay(date("2026-04-10"), BERLIN);

        // elapsed: 21 * 24 - 1 = 503 hours; on the wall clock: exactly 21 days
        assertThat(Duration.between(due, done)).isEqualTo(Duration.ofHours(21 * 24 - 1));
        assertThat(WallClock.between(due, done, BERLIN)).isEqualTo(Duration.ofDays(21));
    }

    @Test
    void dayAcrossSummerTimeEndIsOneDayOnTheWallClock() {
        // clocks go back on 2026-10-25: that day lasts 25 elapsed hours
        Instant from = WallClock.endOfDay(date("2026-10-24"), BERLIN);
        Instant to = WallClock.endOfDay(date("2026-10-25"), BERLIN);

        assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(25));
        assertThat(WallClock.between(from, to, BERLIN)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void inUtcTheWallClockIsElapsedTime() {
        Instant from = instant("2026-03-28T10:00:00Z");
        Instant to = instant("2026-03-30T11:30:00Z");

        // 2 days 1.5 hours
        assertThat(WallClock.between(from, to, UTC)).isEqualTo(Duration.ofDays(2).plusMinutes(90));
    }

    static Stream<Arguments> noTime() {
        Instant t = instant("2026-03-20T12:00:00Z");
        return Stream.of(
                arguments(t, t),                       // same instant
                arguments(t, t.minusSeconds(3600)),    // backwards
                // 01:10Z (02:10 CET) and 01:50Z (02:50 CET) both lie in the second pass of the
                // repeated hour of 2026-10-25, while the wall clock waits at 03:00
                arguments(instant("2026-10-25T01:10:00Z"), instant("2026-10-25T01:50:00Z")));
    }

    @ParameterizedTest(name = "from {0} to {1} is no time")
    @MethodSource("noTime")
    void betweenIsNeverNegative(Instant from, Instant to) {
        assertThat(WallClock.between(from, to, BERLIN)).isZero();
    }

    @Test
    void theWallClockStandsStillWhileTheRepeatedHourRepeats() {
        // 00:30Z = 02:30 CEST; at 01:00Z the clocks go back to 02:00 CET and the wall clock waits at
        // 03:00 until 02:00Z (03:00 CET). So 00:30Z to 01:45Z is 30 minutes (02:30 -> 03:00), and
        // 00:30Z to 02:30Z (03:30 CET) is 60 minutes, not the 120 elapsed.
        assertThat(WallClock.between(instant("2026-10-25T00:30:00Z"), instant("2026-10-25T01:45:00Z"), BERLIN))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(WallClock.between(instant("2026-10-25T00:30:00Z"), instant("2026-10-25T02:30:00Z"), BERLIN))
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void lengthsOnTheWallClockAddUpAcrossTheRepeatedHour() {
        // [a, c) = [a, b) + [b, c) for any b between, also with b inside the repeated hour
        Instant a = instant("2026-10-24T22:15:00Z");
        Instant c = instant("2026-10-25T03:40:00Z");
        for (Instant b = a; !b.isAfter(c); b = b.plusSeconds(7 * 60)) {
            assertThat(WallClock.between(a, b, BERLIN).plus(WallClock.between(b, c, BERLIN)))
                    .isEqualTo(WallClock.between(a, c, BERLIN));
        }
    }

    static Stream<Arguments> endsOfDay() {
        return Stream.of(
                // 2026-03-21T00:00+01:00
                arguments(date("2026-03-20"), BERLIN, instant("2026-03-20T23:00:00Z")),
                // clocks go forward at 02:00 on 2026-03-29: its end is 2026-03-30T00:00+02:00
                arguments(date("2026-03-28"), BERLIN, instant("2026-03-28T23:00:00Z")),
                arguments(date("2026-03-29"), BERLIN, instant("2026-03-29T22:00:00Z")),
                // clocks go back on 2026-10-25: its end is 2026-10-26T00:00+01:00
                arguments(date("2026-10-25"), BERLIN, instant("2026-10-25T23:00:00Z")),
                arguments(date("2026-03-20"), UTC, instant("2026-03-21T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0} ends in {1} at {2}")
    @MethodSource("endsOfDay")
    void endOfDayIsMidnightStartingTheNextDay(LocalDate date, ZoneId zone, Instant end) {
        assertThat(WallClock.endOfDay(date, zone)).isEqualTo(end);
    }

    static Stream<Arguments> daysEnding() {
        return Stream.of(
                // midnight at the end of 2026-03-20 in Berlin belongs to the day it ends
                arguments(instant("2026-03-20T23:00:00Z"), date("2026-03-20")),
                // a nanosecond later it is the next day
                arguments(instant("2026-03-20T23:00:00.000000001Z"), date("2026-03-21")),
                arguments(instant("2026-03-20T22:59:59Z"), date("2026-03-20")),
                arguments(instant("2026-03-21T11:00:00Z"), date("2026-03-21")),
                // in summer time midnight is 22:00Z
                arguments(instant("2026-04-10T22:00:00Z"), date("2026-04-10")));
    }

    @ParameterizedTest(name = "{0} is done on {1}")
    @MethodSource("daysEnding")
    void dayEndingAtOrAfterReadsMidnightAsTheEndOfTheDayBefore(Instant instant, LocalDate day) {
        assertThat(WallClock.dayEndingAtOrAfter(instant, BERLIN)).isEqualTo(day);
    }

    @Property
    void theEndOfADayBelongsToThatDay(@ForAll @IntRange(min = 0, max = 3 * 366) int offset) {
        LocalDate date = date("2025-01-01").plusDays(offset);

        assertThat(WallClock.dayEndingAtOrAfter(WallClock.endOfDay(date, BERLIN), BERLIN)).isEqualTo(date);
    }

    @Property
    void consecutiveEndsOfDayAreOneDayApartOnTheWallClock(@ForAll @IntRange(min = 0, max = 3 * 366) int offset) {
        LocalDate date = date("2025-01-01").plusDays(offset);

        assertThat(WallClock.between(WallClock.endOfDay(date, BERLIN), WallClock.endOfDay(date.plusDays(1), BERLIN),
                BERLIN)).isEqualTo(Duration.ofDays(1));
    }
}
