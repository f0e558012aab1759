package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.time.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How long one measurement of an objective lasts: a calendar month (the default), an ISO week, a
 * calendar quarter, or a rolling number of days. Windows are cut in the agreement's zone, so a
 * "month" is the calendar month there, not 30 days.
 *
 * @param kind the kind of window
 * @param days the length of a {@link WindowKind#ROLLING_DAYS} window; 0 for the calendar kinds
 */
public record MeasurementWindow(WindowKind kind, int days) {

    /**
     * Validates that only a rolling window has (and needs) a number of days.
     *
     * @param kind the kind of window
     * @param days the length of a {@link WindowKind#ROLLING_DAYS} window; 0 for the calendar kinds
     */
    public MeasurementWindow {
        Checks.present(kind, "agreement", "window");
        if (kind == WindowKind.ROLLING_DAYS && (days < 1 || days > 366)) {
            throw Checks.fail("agreement", "window", "a rolling window lasts 1 to 366 days, was " + days);
        }
        if (kind != WindowKind.ROLLING_DAYS && days != 0) {
            throw Checks.fail("agreement", "window", kind + " has no number of days, was " + days);
        }
    }

    /**
     * Calendar months.
     *
     * @return monthly windows
     */
    public static MeasurementWindow month() {
        return new MeasurementWindow(WindowKind.CALENDAR_MONTH, 0);
    }

    /**
     * ISO weeks.
     *
     * @return weekly windows, Monday to Sunday
     */
    public static MeasurementWindow week() {
        return new MeasurementWindow(WindowKind.CALENDAR_WEEK, 0);
    }

    /**
     * Calendar quarters.
     *
     * @return quarterly windows, starting in January, April, July and October
     */
    public static MeasurementWindow quarter() {
        return new MeasurementWindow(WindowKind.CALENDAR_QUARTER, 0);
    }

    /**
     * The {@code days} days ending with the period evaluated.
     *
     * @param days the length of a {@link WindowKind#ROLLING_DAYS} window; 0 for the calendar kinds
     * @return a rolling window of {@code days} days
     */
    public static MeasurementWindow rollingDays(int days) {
        return new MeasurementWindow(WindowKind.ROLLING_DAYS, days);
    }

    /**
     * The windows a period settles: every window that ends inside the period (its last day lies in
     * it), in time order, before clipping to the agreement's effective dates. A rolling window is
     * the one that ends with the period.
     *
     * @param period the dates an evaluation settles
     * @return the windows' dates, in time order
     */
    public List<DateRange> settledIn(DateRange period) {
        return settledIn(period, ServiceLevels.BillingCycle.CALENDAR);
    }

    /**
     * The windows a period settles on a billing cycle: months from its day of the month, weeks from its
     * weekday, quarters from its month (on its day of the month); rolling windows as without a cycle.
     *
     * @param period the period evaluated
     * @param cycle where the contract's months, weeks and quarters start
     * @return the windows whose last day lies in the period, in order
     */
    public List<DateRange> settledIn(DateRange period, ServiceLevels.BillingCycle cycle) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cycle, "cycle");
        List<DateRange> windows = new ArrayList<>();
        if (kind == WindowKind.ROLLING_DAYS) {
            windows.add(DateRange.of(period.endExclusive().minusDays(days), period.endExclusive()));
            return windows;
        }
        LocalDate start = startOfWindowHolding(period.startInclusive(), cycle);
        while (start.isBefore(period.endExclusive())) {
            LocalDate end = next(start);
            // settled by the period that holds its last day
            if (!end.minusDays(1).isBefore(period.startInclusive()) && !end.isAfter(period.endExclusive())) {
                windows.add(DateRange.of(start, end));
            }
            start = end;
        }
        return windows;
    }

    /** {@return whether one window is exactly the given number of calendar months} */
    public boolean isMonths() {
        return kind == WindowKind.CALENDAR_MONTH || kind == WindowKind.CALENDAR_QUARTER;
    }

    /** {@return the number of calendar months a window lasts: 1 or 3; 0 for weeks and rolling windows} */
    public int months() {
        return switch (kind) {
            case CALENDAR_MONTH -> 1;
            case CALENDAR_QUARTER -> 3;
            default -> 0;
        };
    }

    private LocalDate startOfWindowHolding(LocalDate date, ServiceLevels.BillingCycle cycle) {
        return switch (kind) {
            case CALENDAR_MONTH -> cycle.monthHolding(date).atDay(cycle.dayOfMonth());
            case CALENDAR_WEEK -> date.with(TemporalAdjusters.previousOrSame(cycle.weekStart()));
            case CALENDAR_QUARTER -> cycle.quarterHolding(date);
            case ROLLING_DAYS -> throw new IllegalStateException("SLA Rules: rolling windows have no calendar start");
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (kind) {
            case CALENDAR_MONTH -> start.plusMonths(1);
            case CALENDAR_WEEK -> start.plusWeeks(1);
            case CALENDAR_QUARTER -> start.plusMonths(3);
            case ROLLING_DAYS -> start.plusDays(days);
        };
    }

    @Override
    public String toString() {
        return kind == WindowKind.ROLLING_DAYS ? "rolling " + days + " days" : kind.name().toLowerCase().replace('_', ' ');
    }
}
