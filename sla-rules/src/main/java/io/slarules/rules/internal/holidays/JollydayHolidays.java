package io.slarules.rules.internal.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import io.slarules.calendar.HolidaySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The public holidays of one jollyday region, read a year at a time and kept. */
public final class JollydayHolidays implements HolidaySource {

    private static final Logger LOG = LoggerFactory.getLogger(JollydayHolidays.class);

    private final HolidayManager manager;
    private final String region;
    /** The subdivision path below the country, as jollyday spells it; empty for the country. */
    private final String[] subdivisions;
    private final ConcurrentMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    JollydayHolidays(HolidayManager manager, String region, String[] subdivisions) {
        this.manager = manager;
        this.region = region;
        this.subdivisions = subdivisions.clone();
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
    }

    private Set<LocalDate> load(int year) {
        Set<LocalDate> dates = new HashSet<>();
        // a holiday can be observed in the year next to its own: New Year's Day 2022, a Saturday,
        // was observed on Friday 2021-12-31 in the US
        for (int near = year - 1; near <= year + 1; near++) {
            for (Holiday holiday : manager.getHolidays(Year.of(near), HolidayType.PUBLIC_HOLIDAY, subdivisions)) {
                // the day itself and, where it moves off a weekend, the day it is observed
                for (LocalDate date : List.of(holiday.getActualDate(), holiday.getDate())) {
                    if (date.getYear() == year) {
                        dates.add(date);
                    }
                }
            }
        }
        LOG.debug("{} public holidays of {} in {}", dates.size(), region, year);
        return Set.copyOf(dates);
    }

    @Override
    public String toString() {
        return "public holidays of " + region;
    }
}
