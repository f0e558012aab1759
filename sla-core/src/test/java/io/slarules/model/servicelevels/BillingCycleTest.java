package io.slarules.model.servicelevels;

import io.slarules.InvalidInputException;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ServiceLevels.BillingCycle}: billing months, weeks and quarters anchored on any day. */
class BillingCycleTest {

    private static final ServiceLevels.BillingCycle FROM_16TH = ServiceLevels.BillingCycle.monthlyFrom(16);

    private static DateRange range(String from, String to) {
        return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aBillingMonthIsNamedByTheMonthItStartsIn() {
        assertThat(FROM_16TH.month(YearMonth.of(2026, 3))).isEqualTo(range("2026-03-16", "2026-04-16"));
        assertThat(FROM_16TH.monthHolding(LocalDate.of(2026, 4, 15))).isEqualTo(YearMonth.of(2026, 3));
        assertThat(FROM_16TH.monthHolding(LocalDate.of(2026, 4, 16))).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void monthlyWindowsRunFromTheCycleDay() {
        assertThat(MeasurementWindow.month().settledIn(range("2026-03-16", "2026-05-16"), FROM_16TH))
                .containsExactly(range("2026-03-16", "2026-04-16"), range("2026-04-16", "2026-05-16"));
    }

    @Test
    void weeksStartOnTheCycleWeekday() {
        ServiceLevels.BillingCycle wednesdays = FROM_16TH.withWeekStart(DayOfWeek.WEDNESDAY);
        // 2026-03-16 is a Monday: the first week settled starts on Wednesday 03-11 and ends on 03-18
        assertThat(MeasurementWindow.week().settledIn(range("2026-03-16", "2026-04-16"), wednesdays))
                .first().isEqualTo(range("2026-03-11", "2026-03-18"));
        assertThat(MeasurementWindow.week().settledIn(range("2026-03-16", "2026-04-16"), wednesdays))
                .allSatisfy(w -> assertThat(w.startInclusive().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
    }

    @Test
    void quartersStartInTheCycleMonthOnTheCycleDay() {
        ServiceLevels.BillingCycle fromFebruary = FROM_16TH.withQuarterStart(Month.FEBRUARY);
        // quarters from Feb 16, May 16, Aug 16, Nov 16: the one ending 2026-05-16 is settled in April's billing month
        assertThat(MeasurementWindow.quarter().settledIn(range("2026-04-16", "2026-05-16"), fromFebruary))
                .containsExactly(range("2026-02-16", "2026-05-16"));
        assertThat(fromFebruary.quarterHolding(LocalDate.of(2026, 1, 10))).isEqualTo(LocalDate.of(2025, 11, 16));
    }

    @Test
    void theCalendarCycleGivesTheCalendarWindows() {
        DateRange year = range("2026-01-01", "2027-01-01");
        for (MeasurementWindow w : new MeasurementWindow[] {MeasurementWindow.month(), MeasurementWindow.week(),
                MeasurementWindow.quarter(), MeasurementWindow.rollingDays(30)}) {
            assertThat(w.settledIn(year, ServiceLevels.BillingCycle.CALENDAR)).isEqualTo(w.settledIn(year));
        }
        assertThat(MeasurementWindow.quarter().settledIn(year)).containsExactly(range("2026-01-01", "2026-04-01"),
                range("2026-04-01", "2026-07-01"), range("2026-07-01", "2026-10-01"), range("2026-10-01", "2027-01-01"));
    }

    @Test
    void aDayEveryMonthDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> ServiceLevels.BillingCycle.monthlyFrom(29))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("billingCycle.dayOfMonth")));
    }

    @Test
    void theBuilderCarriesTheCycle() {
        ServiceLevels levels = ServiceLevels.builder().billingCycle(FROM_16TH).build();

        assertThat(levels.billingCycle()).isEqualTo(FROM_16TH);
        assertThat(ServiceLevels.builder().build().billingCycle()).isEqualTo(ServiceLevels.BillingCycle.CALENDAR);
        assertThat(levels.with(java.util.List.of(), java.util.List.of(), java.util.List.of()).billingCycle())
                .isEqualTo(FROM_16TH);
    }
}
