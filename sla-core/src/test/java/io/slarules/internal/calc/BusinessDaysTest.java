package io.slarules.internal.calc;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BusinessDaysTest {

    /** Good Friday and Easter Monday 2026. */
    private static final LocalDate GOOD_FRIDAY = date("2026-04-03");
    private static final LocalDate EASTER_MONDAY = date("2026-04-06");

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> additions() {
        return Stream.of(
                // Mon 03-23 + 10 with Good Friday off: Tue 24 (1), Wed 25 (2), Thu 26 (3), Fri 27 (4),
                // [Sat 28, Sun 29], Mon 30 (5), Tue 31 (6), Wed 04-01 (7), Thu 02 (8), [Fri 03 holiday],
                // [Sat 04, Sun 05], Mon 06 (9), Tue 07 (10)
                arguments(date("2026-03-23"), 10, List.of(GOOD_FRIDAY), date("2026-04-07")),
                // the same without holidays: Fri 04-03 is the 9th, Mon 04-06 the 10th
                arguments(date("2026-03-23"), 10, List.of(), date("2026-04-06")),
                // Friday + 1 is Monday
                arguments(date("2026-03-27"), 1, List.of(), date("2026-03-30")),
                // Friday + 5 is the next Friday
                arguments(date("2026-03-27"), 5, List.of(), date("2026-04-03")),
                // Saturday and Sunday + 1 are Monday
                arguments(date("2026-03-28"), 1, List.of(), date("2026-03-30")),
                arguments(date("2026-03-29"), 1, List.of(), date("2026-03-30")),
                // Thu 04-02 + 1 over Good Friday, the weekend and Easter Monday: Tue 04-07
                arguments(date("2026-04-02"), 1, List.of(GOOD_FRIDAY, EASTER_MONDAY), date("2026-04-07")),
                // a holiday on a Saturday takes nothing extra: Fri 03-27 + 1 is still Mon 03-30
                arguments(date("2026-03-27"), 1, List.of(date("2026-03-28")), date("2026-03-30")),
                // counting starts the day after: a start on a holiday is not skipped twice
                arguments(GOOD_FRIDAY, 1, List.of(GOOD_FRIDAY), date("2026-04-06")),
                // zero days: the start itself, even on a Sunday or a holiday
                arguments(date("2026-03-29"), 0, List.of(), date("2026-03-29")),
                arguments(GOOD_FRIDAY, 0, List.of(GOOD_FRIDAY), GOOD_FRIDAY),
                // across a year end: Wed 2026-12-30 + 2 with New Year's Day off: Thu 31 (1), [Fri 01-01], Mon 01-04 (2)
                arguments(date("2026-12-30"), 2, List.of(date("2027-01-01")), date("2027-01-04")));
    }

    @ParameterizedTest(name = "{0} + {1} business days (holidays {2}) is {3}")
    @MethodSource("additions")
    void plusSkipsWeekendsAndListedHolidays(LocalDate start, int days, List<LocalDate> holidays, LocalDate expected) {
        assertThat(BusinessDays.plus(start, days, holidays)).isEqualTo(expected);
    }

    @Test
    void plusRefusesNegativeDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessDays.plus(date("2026-03-23"), -1, List.of()))
                .withMessageContaining("-1");
    }

    static Stream<Arguments> businessDays() {
        return Stream.of(
                arguments(date("2026-03-23"), List.of(), true),          // Monday
                arguments(date("2026-03-27"), List.of(), true),          // Friday
                arguments(date("2026-03-28"), List.of(), false),         // Saturday
                arguments(date("2026-03-29"), List.of(), false),         // Sunday
                arguments(GOOD_FRIDAY, List.of(GOOD_FRIDAY), false),     // listed holiday
                arguments(GOOD_FRIDAY, List.of(EASTER_MONDAY), true));   // holiday on another day
    }

    @ParameterizedTest(name = "{0} with holidays {1} is a business day: {2}")
    @MethodSource("businessDays")
    void businessDaysAreWeekdaysThatAreNotHolidays(LocalDate date, List<LocalDate> holidays, boolean expected) {
        assertThat(BusinessDays.isBusinessDay(date, holidays)).isEqualTo(expected);
    }

    @Property
    void plusLandsOnABusinessDayAfterExactlySoManyBusinessDays(
            @ForAll @IntRange(min = 0, max = 400) int startOffset, @ForAll @IntRange(min = 1, max = 40) int days) {
        LocalDate start = date("2026-01-01").plusDays(startOffset);
        Set<LocalDate> holidays = Set.of(GOOD_FRIDAY, EASTER_MONDAY, date("2026-05-01"), date("2026-12-25"));

        LocalDate end = BusinessDays.plus(start, days, holidays);

        assertThat(BusinessDays.isBusinessDay(end, holidays)).isTrue();
        long counted = start.plusDays(1).datesUntil(end.plusDays(1))
                .filter(d -> BusinessDays.isBusinessDay(d, holidays)).count();
        assertThat(counted).isEqualTo(days);
    }
}
