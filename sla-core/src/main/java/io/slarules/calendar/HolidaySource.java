package io.slarules.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Which dates are holidays, days without working time: listed dates, public holidays of a country
 * or region ({@link PublicHolidays}), or both. Implementations are thread-safe.
 */
public interface HolidaySource {

    /**
     * {@return whether the date is a holiday}
     *
     * @param date a date
     */
    boolean isHoliday(LocalDate date);

    /** {@return a source of no holidays at all} */
    static HolidaySource none() {
        return ListedHolidays.NONE;
    }

    /**
     * {@return a source of exactly the listed dates; duplicates count once}
     *
     * @param dates the holidays
     */
    static HolidaySource of(Collection<LocalDate> dates) {
        return ListedHolidays.of(dates);
    }

    /**
     * {@return the holidays of this source and those of the other: a date is a holiday when either says so}
     *
     * @param other another source of holidays
     */
    default HolidaySource and(HolidaySource other) {
        Objects.requireNonNull(other, "other");
        return new EitherHolidays(this, other);
    }
}
