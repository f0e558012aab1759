package io.slarules.model.time;

import io.slarules.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DateRangeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange range(String from, String to) {
        return DateRange.of(date(from), date(to));
    }

    @Test
    void monthIsEveryDateOfIt() {
        DateRange march = DateRange.ofMonth(YearMonth.of(2026, 3));

        assertThat(march.startInclusive()).isEqualTo(date("2026-03-01"));
        assertThat(march.endExclusive()).isEqualTo(date("2026-04-01"));
    }

    @Test
    void leapFebruaryEndsAfterThe29th() {
        DateRange february = DateRange.ofMonth(YearMonth.of(2028, 2));

        assertThat(february.contains(date("2028-02-29"))).isTrue();
        assertThat(february.endExclusive()).isEqualTo(date("2028-03-01"));
    }

    @Test
    void monthWithSummerTimeStartIsAnHourShortInBerlin() {
        Interval march = DateRange.ofMonth(YearMonth.of(2026, 3)).toInterval(BERLIN);

        // 2026-03-01T00:00+01:00 (CET) .. 2026-04-01T00:00+02:00 (CEST, since 2026-03-29)
        assertThat(march.startInclusive()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(march.endExclusive()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        // 31 * 24 - 1 = 743 elapsed hours
        assertThat(march.toDuration()).isEqualTo(Duration.ofHours(743));
    }

    @Test
    void monthWithSummerTimeEndIsAnHourLongInBerlin() {
        Interval october = DateRange.ofMonth(YearMonth.of(2026, 10)).toInterval(BERLIN);

        // 2026-10-01T00:00+02:00 (CEST) .. 2026-11-01T00:00+01:00 (CET, since 2026-10-25)
        assertThat(october.startInclusive()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(october.endExclusive()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        // 31 * 24 + 1 = 745 elapsed hours
        assertThat(october.toDuration()).isEqualTo(Duration.ofHours(745));
    }

    @Test
    void toIntervalInUtcIsWholeDays() {
        Interval interval = range("2026-03-10", "2026-03-13").toInterval(ZoneId.of("UTC"));

        assertThat(interval).isEqualTo(Interval.of(Instant.parse("2026-03-10T00:00:00Z"),
                Instant.parse("2026-03-13T00:00:00Z")));
    }

    @Test
    void endBeforeStartIsRefusedAtPathTo() {
        assertThatThrownBy(() -> range("2026-03-02", "2026-03-01"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).isEmpty();
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.source()).isEqualTo("period");
                        assertThat(p.path()).isEqualTo("to");
                        assertThat(p.message()).contains("2026-03-02", "2026-03-01");
                    });
                });
    }

    @Test
    void emptyRangeIsAllowedAndHoldsNoDate() {
        DateRange empty = range("2026-03-05", "2026-03-05");

        assertThat(empty.contains(date("2026-03-05"))).isFalse();
        assertThat(empty.toInterval(BERLIN).isEmpty()).isTrue();
    }

    @Test
    void containsItsFirstAndLastDateButNotItsEnd() {
        DateRange march = DateRange.ofMonth(YearMonth.of(2026, 3));

        assertThat(march.contains(date("2026-03-01"))).isTrue();
        assertThat(march.contains(date("2026-03-31"))).isTrue();
        assertThat(march.contains(date("2026-04-01"))).isFalse();
        assertThat(march.contains(date("2026-02-28"))).isFalse();
    }

    static Stream<Arguments> overlapping() {
        return Stream.of(
                arguments(range("2026-03-01", "2026-04-01"), range("2026-04-01", "2026-05-01"), false), // touching
                arguments(range("2026-03-01", "2026-04-01"), range("2026-03-31", "2026-04-02"), true),  // 03-31 shared
                arguments(range("2026-03-01", "2026-04-01"), range("2026-03-10", "2026-03-11"), true),  // inside
                arguments(range("2026-03-01", "2026-03-05"), range("2026-03-10", "2026-03-11"), false), // apart
                // an empty range shares no date, even lying inside another
                arguments(range("2026-03-01", "2026-04-01"), range("2026-03-10", "2026-03-10"), false),
                arguments(range("2026-03-10", "2026-03-10"), range("2026-03-10", "2026-03-10"), false));
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @MethodSource("overlapping")
    void overlapsWhenTheyShareADateInBothDirections(DateRange a, DateRange b, boolean expected) {
        assertThat(a.overlaps(b)).isEqualTo(expected);
        assertThat(b.overlaps(a)).isEqualTo(expected);
    }

    @Test
    void printsAWholeMonthAsTheMonth() {
        assertThat(DateRange.ofMonth(YearMonth.of(2026, 3))).hasToString("2026-03");
        assertThat(range("2026-02-01", "2026-03-01")).hasToString("2026-02");
    }

    @Test
    void printsAnyOtherRangeWithItsExclusiveEnd() {
        assertThat(range("2026-03-01", "2026-04-15")).hasToString("2026-03-01..2026-04-15");
        assertThat(range("2026-03-15", "2026-04-15")).hasToString("2026-03-15..2026-04-15");
    }
}
