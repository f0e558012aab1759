package io.slarules.model.servicelevels;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurementWindowTest {

    @ParameterizedTest(name = "a rolling window of {0} days is accepted")
    @ValueSource(ints = {1, 2, 30, 365, 366})
    void aRollingWindowLastsOneTo366Days(int days) {
        assertThat(MeasurementWindow.rollingDays(days)).isEqualTo(new MeasurementWindow(WindowKind.ROLLING_DAYS, days));
    }

    @ParameterizedTest(name = "a rolling window of {0} days is refused")
    @ValueSource(ints = {-1, 0, 367})
    void aRollingWindowOutsideOneTo366DaysIsRefused(int days) {
        assertThatThrownBy(() -> MeasurementWindow.rollingDays(days)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                        org.assertj.core.api.Assertions.tuple("window", "a rolling window lasts 1 to 366 days, was " + days)));
    }

    @Test
    void aCalendarWindowHasNoNumberOfDays() {
        assertThatThrownBy(() -> new MeasurementWindow(WindowKind.CALENDAR_MONTH, 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly("CALENDAR_MONTH has no number of days, was 30"));
    }

    @Test
    void factoriesNameTheirKind() {
        assertThat(MeasurementWindow.month()).isEqualTo(new MeasurementWindow(WindowKind.CALENDAR_MONTH, 0));
        assertThat(MeasurementWindow.week()).isEqualTo(new MeasurementWindow(WindowKind.CALENDAR_WEEK, 0));
        assertThat(MeasurementWindow.quarter()).isEqualTo(new MeasurementWindow(WindowKind.CALENDAR_QUARTER, 0));
    }

    @Test
    void onlyMonthsAndQuartersAreMeasuredInMonths() {
        // a percentage of a monthly fee needs a window of whole months
        assertThat(MeasurementWindow.month().isMonths()).isTrue();
        assertThat(MeasurementWindow.quarter().isMonths()).isTrue();
        assertThat(MeasurementWindow.week().isMonths()).isFalse();
        assertThat(MeasurementWindow.rollingDays(30).isMonths()).isFalse();
    }

    @Test
    void aQuarterIsSettledByTheMonthHoldingItsLastDay() {
        // Q1 2026 ends 31 March: March settles it, February does not
        DateRange march = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        DateRange february = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));

        assertThat(MeasurementWindow.quarter().settledIn(march))
                .containsExactly(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));
        assertThat(MeasurementWindow.quarter().settledIn(february)).isEmpty();
    }

    @Test
    void aRollingWindowIsTheDaysEndingWithThePeriod() {
        // 30 days ending with March 2026 (exclusive 1 April): 2 March .. 1 April
        DateRange march = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));

        assertThat(MeasurementWindow.rollingDays(30).settledIn(march))
                .containsExactly(DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1)));
    }
}
