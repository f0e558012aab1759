package io.slarules.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HolidaySourceTest {

    private static final LocalDate GOOD_FRIDAY = LocalDate.parse("2026-04-03");
    private static final LocalDate EASTER_MONDAY = LocalDate.parse("2026-04-06");
    private static final LocalDate TUESDAY_AFTER = LocalDate.parse("2026-04-07");

    @Test
    void noneHasNoHoliday() {
        assertThat(HolidaySource.none().isHoliday(GOOD_FRIDAY)).isFalse();
        assertThat(HolidaySource.none()).hasToString("no holidays");
    }

    @Test
    void listedDatesAreTheHolidays() {
        HolidaySource easter = HolidaySource.of(List.of(EASTER_MONDAY, GOOD_FRIDAY, GOOD_FRIDAY));

        assertThat(easter.isHoliday(GOOD_FRIDAY)).isTrue();
        assertThat(easter.isHoliday(EASTER_MONDAY)).isTrue();
        assertThat(easter.isHoliday(TUESDAY_AFTER)).isFalse();
        assertThat(easter).hasToString("holidays [2026-04-03, 2026-04-06]");
    }

    @Test
    void andIsAHolidayWhenEitherSourceSaysSo() {
        HolidaySource both = HolidaySource.of(List.of(GOOD_FRIDAY)).and(HolidaySource.of(List.of(EASTER_MONDAY)));

        assertThat(both.isHoliday(GOOD_FRIDAY)).isTrue();
        assertThat(both.isHoliday(EASTER_MONDAY)).isTrue();
        assertThat(both.isHoliday(TUESDAY_AFTER)).isFalse();
        assertThat(both).hasToString("holidays [2026-04-03] and holidays [2026-04-06]");
    }

    @Test
    void listedDatesAreCopied() {
        List<LocalDate> dates = new java.util.ArrayList<>(List.of(GOOD_FRIDAY));
        HolidaySource listed = HolidaySource.of(dates);
        dates.add(EASTER_MONDAY);

        assertThat(listed.isHoliday(EASTER_MONDAY)).isFalse();
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> HolidaySource.of(null)).withMessage("dates");
        assertThatNullPointerException().isThrownBy(() -> HolidaySource.of(Arrays.asList(GOOD_FRIDAY, null)))
                .withMessageStartingWith("dates");
        assertThatNullPointerException().isThrownBy(() -> HolidaySource.none().and(null)).withMessage("other");
        assertThatNullPointerException().isThrownBy(() -> HolidaySource.none().isHoliday(null)).withMessage("date");
    }
}
