package io.slarules.model;

import io.slarules.calendar.WeeklyHours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A business calendar as an agreement states it: working hours per weekday, listed holidays and,
 * optionally, the public holidays of a country or region. It is data; the engine turns it into a
 * {@link io.slarules.calendar.BusinessCalendar}. The id {@value #ALWAYS} is reserved for the 24x7
 * calendar, which every agreement has.
 *
 * @param id          unique within the agreement; objectives name it
 * @param zone        the zone its hours are read in; empty: the agreement's
 * @param hours       working hours per weekday
 * @param holidays    listed dates without working time
 * @param country     public holidays of this country (ISO 3166-1 alpha-2), if any
 * @param subdivision the region within the country (e.g. {@code by}), if any
 */
public record CalendarSpec(String id, Optional<ZoneId> zone, WeeklyHours hours, List<LocalDate> holidays,
                           Optional<String> country, Optional<String> subdivision) {

    /** The id of the 24x7 calendar. */
    public static final String ALWAYS = "24x7";

    /** Validates the fields. */
    public CalendarSpec {
        Checks.id(id, "agreement", "id");
        if (ALWAYS.equals(id)) {
            throw Checks.fail("agreement", "id", "\"" + ALWAYS + "\" is the reserved id of the 24x7 calendar");
        }
        zone = Objects.requireNonNullElse(zone, Optional.empty());
        Checks.present(hours, "agreement", "hours");
        if (hours.isEmpty()) {
            throw Checks.fail("agreement", "hours", "a calendar needs some working time");
        }
        holidays = List.copyOf(new TreeSet<>(Checks.list(holidays, "agreement", "holidays")));
        country = Objects.requireNonNullElse(country, Optional.empty());
        subdivision = Objects.requireNonNullElse(subdivision, Optional.empty());
        if (subdivision.isPresent() && country.isEmpty()) {
            throw Checks.fail("agreement", "subdivision", "a subdivision needs its country");
        }
    }
}
