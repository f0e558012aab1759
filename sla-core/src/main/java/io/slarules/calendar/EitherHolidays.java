package io.slarules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** The holidays of two sources together. */
record EitherHolidays(HolidaySource first, HolidaySource second) implements HolidaySource {

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return first.isHoliday(date) || second.isHoliday(date);
    }

    @Override
    public String toString() {
        return first + " and " + second;
    }
}
