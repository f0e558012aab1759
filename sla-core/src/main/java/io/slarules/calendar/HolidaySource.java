package io.slarules.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Which dates are holidays, days without working time: listed dates, public holidays of a country
 * or region ({@link PublicHolidays}), or both. Implementations are thread-safe.
 */
public interface HolidaySource {

    /** Whether the date is a holiday. */
    boolean isHoliday(LocalDate date);

    /** No holidays at all. */
    static HolidaySource none() {
        return ListedHolidays.NONE;
    }

    /** Exactly the listed dates; duplicates count once. */
    static HolidaySource of(Collection<LocalDate> dates) {
        return ListedHolidays.of(dates);
    }

    /** The holidays of this source and those of the other: a date is a holiday when either says so. */
    default HolidaySource and(HolidaySource other) {
        Objects.requireNonNull(other, "other");
        return new EitherHolidays(this, other);
    }
}
