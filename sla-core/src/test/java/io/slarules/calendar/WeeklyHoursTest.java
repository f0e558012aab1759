package io.slarules.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class WeeklyHoursTest {

    private static final TimeRange MORNING = TimeRange.parse("09:00-12:00");
    private static final TimeRange AFTERNOON = TimeRange.parse("13:00-17:00");

    @Test
    void aDayMayHaveALunchBreak() {
        WeeklyHours hours = WeeklyHours.of(Map.of(DayOfWeek.MONDAY, List.of(MORNING, AFTERNOON)));

        assertThat(hours.ranges(DayOfWeek.MONDAY)).containsExactly(MORNING, AFTERNOON);
        assertThat(hours.isEmpty()).isFalse();
    }

    @Test
    void aDayMissingFromTheMapHasNoWorkingTime() {
        WeeklyHours hours = WeeklyHours.of(Map.of(DayOfWeek.MONDAY, List.of(MORNING)));

        assertThat(hours.ranges(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(WeeklyHours.of(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void rangesThatTouchAreAllowed() {
        TimeRange noon = TimeRange.parse("12:00-13:00");
        assertThat(WeeklyHours.of(Map.of(DayOfWeek.MONDAY, List.of(MORNING, noon, AFTERNOON)))
                .ranges(DayOfWeek.MONDAY)).hasSize(3);
    }

    @Test
    void rangesOutOfOrderOrOverlappingAreRefusedNamingEveryDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.of(Map.of(
                        DayOfWeek.MONDAY, List.of(AFTERNOON, MORNING),
                        DayOfWeek.FRIDAY, List.of(MORNING, TimeRange.parse("11:00-14:00")))))
                .withMessageStartingWith("rangesByDay:")
                .withMessageContaining("MONDAY: 13:00-17:00 and 09:00-12:00")
                .withMessageContaining("FRIDAY: 09:00-12:00 and 11:00-14:00");
    }

    @Test
    void aRangeAfterOneToTheEndOfTheDayIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklyHours.of(Map.of(
                DayOfWeek.MONDAY, List.of(TimeRange.parse("20:00-24:00"), TimeRange.parse("22:00-23:00")))));
    }

    @Test
    void mondayToFridayLeavesTheWeekendFree() {
        WeeklyHours hours = WeeklyHours.mondayToFriday(MORNING, AFTERNOON);

        assertThat(hours.ranges(DayOfWeek.FRIDAY)).containsExactly(MORNING, AFTERNOON);
        assertThat(hours.ranges(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(hours.ranges(DayOfWeek.SUNDAY)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(WeeklyHours::mondayToFriday)
                .withMessageStartingWith("ranges:");
    }

    @Test
    void allWeekIsEveryDayAllDay() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(WeeklyHours.allWeek().ranges(day)).containsExactly(TimeRange.allDay());
        }
    }

    @Test
    void hoursAreEqualWhenEveryDayIs() {
        WeeklyHours listed = WeeklyHours.of(Map.of(
                DayOfWeek.MONDAY, List.of(MORNING), DayOfWeek.TUESDAY, List.of(MORNING),
                DayOfWeek.WEDNESDAY, List.of(MORNING), DayOfWeek.THURSDAY, List.of(MORNING),
                DayOfWeek.FRIDAY, List.of(MORNING), DayOfWeek.SATURDAY, List.of()));

        assertThat(listed).isEqualTo(WeeklyHours.mondayToFriday(MORNING))
                .hasSameHashCodeAs(WeeklyHours.mondayToFriday(MORNING))
                .isNotEqualTo(WeeklyHours.mondayToFriday(AFTERNOON));
    }

    @Test
    void toStringListsTheWorkingDays() {
        assertThat(WeeklyHours.of(Map.of(DayOfWeek.SUNDAY, List.of(MORNING), DayOfWeek.MONDAY, List.of(MORNING, AFTERNOON))))
                .hasToString("WeeklyHours[MONDAY 09:00-12:00 13:00-17:00, SUNDAY 09:00-12:00]");
    }

    @Test
    void theRangesCannotBeChanged() {
        List<TimeRange> ranges = WeeklyHours.mondayToFriday(MORNING).ranges(DayOfWeek.MONDAY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ranges.add(AFTERNOON))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatNullPointerException().isThrownBy(() -> WeeklyHours.of(null)).withMessage("rangesByDay");
        assertThatNullPointerException().isThrownBy(() -> WeeklyHours.mondayToFriday((TimeRange[]) null))
                .withMessage("ranges");
        assertThatNullPointerException().isThrownBy(() -> WeeklyHours.mondayToFriday(MORNING, null))
                .withMessageStartingWith("ranges");
        assertThatNullPointerException().isThrownBy(() -> WeeklyHours.allWeek().ranges(null)).withMessage("day");
    }
}
