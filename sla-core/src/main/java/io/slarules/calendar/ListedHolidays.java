package io.slarules.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Holidays given as a set of dates. */
record ListedHolidays(Set<LocalDate> dates) implements HolidaySource {

    static final ListedHolidays NONE = new ListedHolidays(Set.of());

    /** How many dates {@link #toString()} shows before it only counts them. */
    private static final int DATES_SHOWN = 10;

    static ListedHolidays of(Collection<LocalDate> dates) {
        Objects.requireNonNull(dates, "dates");
        for (LocalDate date : dates) {
            Objects.requireNonNull(date, "dates: a date is null");
        }
        return new ListedHolidays(Set.copyOf(dates));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return dates.contains(date);
    }

    /** {@code holidays [2026-04-03, 2026-04-06]}, or a count for a long list. */
    @Override
    public String toString() {
        if (dates.isEmpty()) {
            return "no holidays";
        }
        if (dates.size() > DATES_SHOWN) {
            return dates.size() + " listed holidays";
        }
        return "holidays " + dates.stream().sorted().toList();
    }
}
