package io.slarules.rules.internal.holidays;

import io.slarules.calendar.BusinessCalendar;
import io.slarules.calendar.HolidaySource;
import io.slarules.calendar.PublicHolidays;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.time.Interval;
import io.slarules.spi.PublicHolidayProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JollydayPublicHolidaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final JollydayPublicHolidays provider = new JollydayPublicHolidays();

    private HolidaySource holidays(String country, String subdivision) {
        return provider.publicHolidays(country, Optional.ofNullable(subdivision)).orElseThrow();
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                arguments("DE", null, "2026-04-03", true),    // Good Friday
                arguments("DE", null, "2026-04-06", true),    // Easter Monday
                arguments("DE", null, "2026-04-07", false),   // the Tuesday after
                arguments("DE", null, "2026-10-03", true),    // German Unity Day
                arguments("DE", null, "2026-01-06", false),   // Epiphany is not national...
                arguments("DE", "BY", "2026-01-06", true),    // ...but Bavarian
                arguments("DE", "BY", "2026-04-03", true),    // and Bavaria keeps the national ones
                arguments("DE", "BY", "2026-06-04", true),    // Corpus Christi
                arguments("AT", null, "2026-12-25", true),    // Christmas Day
                arguments("AT", null, "2026-12-24", false),   // Christmas Eve is an observance, not a holiday
                arguments("US", null, "2026-07-04", true),    // Independence Day, a Saturday...
                arguments("US", null, "2026-07-03", true),    // ...observed on the Friday
                arguments("US", null, "2021-12-31", true),    // New Year's Day 2022, a Saturday, observed in 2021
                arguments("US", null, "2026-07-06", false));
    }

    @ParameterizedTest(name = "{0} {1}: {2} is a public holiday: {3}")
    @MethodSource("dates")
    void jollydaySaysWhichDatesArePublicHolidays(String country, String subdivision, String date, boolean expected) {
        assertThat(holidays(country, subdivision).isHoliday(LocalDate.parse(date))).isEqualTo(expected);
    }

    @Test
    void anUnknownCountryOrSubdivisionIsEmptyNotAnError() {
        assertThat(provider.publicHolidays("ZZ", Optional.empty())).isEmpty();
        assertThat(provider.publicHolidays("DE", Optional.of("ZZ"))).isEmpty();
    }

    @Test
    void codesAreReadInAnyCase() {
        assertThat(provider.publicHolidays("de", Optional.of("by")).orElseThrow()
                .isHoliday(LocalDate.parse("2026-01-06"))).isTrue();
    }

    @Test
    void aRegionIsLoadedOnce() {
        assertThat(provider.publicHolidays("DE", Optional.of("BY")))
                .isSameAs(provider.publicHolidays("de", Optional.of("by")));
        assertThat(holidays("DE", "BY")).hasToString("public holidays of DE-BY");
    }

    @Test
    void theProviderIsRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(PublicHolidayProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(JollydayPublicHolidays.class);
        assertThat(PublicHolidays.of("de", Optional.of("DE-BY")).orElseThrow()
                .isHoliday(LocalDate.parse("2026-01-06"))).isTrue();
        assertThat(PublicHolidays.of("ZZ", Optional.empty())).isEmpty();
    }

    @Test
    void exampleHOnJollydaysGermanHolidays() {
        BusinessCalendar office = BusinessCalendar.of(BERLIN, WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00")),
                PublicHolidays.of("DE", Optional.empty()).orElseThrow());
        Instant opened = berlin("2026-04-02T15:00");
        BusinessCalendar clock = office.excluding(
                List.of(Interval.of(berlin("2026-04-07T10:00"), berlin("2026-04-07T14:00"))));

        // Thu 15:00-17:00 (2) + [Good Friday, weekend, Easter Monday] + Tue 09:00-10:00, 14:00-17:00 (4)
        // + Wed 09:00-12:00 (3) = 9 h
        assertThat(clock.between(opened, berlin("2026-04-08T12:00"))).isEqualTo(Duration.ofHours(9));
        // the 8 h target: 2 + 4, then Wed 09:00-11:00
        assertThat(clock.plus(opened, Duration.ofHours(8))).isEqualTo(berlin("2026-04-08T11:00"));
    }

    @Test
    void threadsSharingTheProviderSeeTheSameHolidays() throws Exception {
        // one thread alone counts the German holidays of each year 2000-2039...
        List<Long> alone = holidaysPerYear(new JollydayPublicHolidays());
        // ...nine in 2026: New Year, Good Friday, Easter Monday, 1 May, Ascension, Whit Monday,
        // 3 October, 25 and 26 December; ten in 2017, when Reformation Day was a national holiday once
        assertThat(alone.get(2026 - 2000)).isEqualTo(9);
        assertThat(alone.get(2017 - 2000)).isEqualTo(10);

        // ...and 8 threads sharing one fresh provider, all starting at once, count the same
        JollydayPublicHolidays shared = new JollydayPublicHolidays();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                tasks.add(() -> holidaysPerYear(shared));
            }
            for (Future<List<Long>> counted : threads.invokeAll(tasks)) {
                assertThat(counted.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Long> holidaysPerYear(JollydayPublicHolidays provider) {
        HolidaySource germany = provider.publicHolidays("DE", Optional.empty()).orElseThrow();
        List<Long> counts = new ArrayList<>();
        for (int year = 2000; year < 2040; year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            counts.add(first.datesUntil(first.plusYears(1)).filter(germany::isHoliday).count());
        }
        return counts;
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> provider.publicHolidays(null, Optional.empty()))
                .withMessage("country");
        assertThatNullPointerException().isThrownBy(() -> provider.publicHolidays("DE", null))
                .withMessage("subdivision");
        assertThatNullPointerException().isThrownBy(() -> holidays("DE", null).isHoliday(null)).withMessage("date");
    }
}
