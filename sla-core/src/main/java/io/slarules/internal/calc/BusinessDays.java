package io.slarules.internal.calc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Business days: Monday to Friday, except listed holidays. Full business calendars (working hours,
 * regional holidays) are a later capability; this is what relative due dates need.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    /**
     * {@return whether the date is a business day}
     *
     * @param date the date
     * @param holidays dates that are not business days besides Saturdays and Sundays
     */
    public static boolean isBusinessDay(LocalDate date, Collection<LocalDate> holidays) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date that lies {@code days} business days after {@code start}; {@code start} itself when
     * {@code days} is zero. Counting starts on the day after {@code start}.
     *
     * @param start the date counting starts after
     * @param days how many business days to count; not negative
     * @param holidays dates that are not business days besides Saturdays and Sundays
     * @return the business day reached
     */
    public static LocalDate plus(LocalDate start, int days, Collection<LocalDate> holidays) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(holidays, "holidays");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        // a year of holidays cannot stall the loop for long: each step is one day
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isBusinessDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }
}
