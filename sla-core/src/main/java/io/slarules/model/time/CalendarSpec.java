package io.slarules.model.time;

import io.slarules.calendar.WeeklyHours;
import io.slarules.internal.model.Checks;

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

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement; objectives name it
     * @param zone the zone its hours are read in; empty: the agreement's
     * @param hours working hours per weekday
     * @param holidays listed dates without working time
     * @param country public holidays of this country (ISO 3166-1 alpha-2), if any
     * @param subdivision the region within the country (e.g. {@code by}), if any
     */
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

    /**
     * A builder for a business calendar with the given id: the way to build one in code. Defaults: the agreement's zone, no listed holidays, no public holidays. Required: working hours.
     *
     * @param id the calendar's id, unique within the agreement; not {@value #ALWAYS}
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds a {@link CalendarSpec}; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private Optional<ZoneId> zone = Optional.empty();
        private WeeklyHours hours;
        private final List<LocalDate> holidays = new java.util.ArrayList<>();
        private Optional<String> country = Optional.empty();
        private Optional<String> subdivision = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Reads the hours in this zone instead of the agreement's.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Optional.of(Checks.present(zone, "agreement", "zone"));
            return this;
        }

        /**
         * Sets the working hours per weekday.
         *
         * @param hours the hours, not empty
         * @return this builder
         */
        public Builder hours(WeeklyHours hours) {
            this.hours = Checks.present(hours, "agreement", "hours");
            return this;
        }

        /**
         * Adds listed dates without working time.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder holidays(LocalDate... dates) {
            this.holidays.addAll(Checks.list(java.util.Arrays.asList(Checks.present(dates, "agreement", "holidays")), "agreement", "holidays"));
            return this;
        }

        /**
         * Adds the public holidays of a country.
         *
         * @param country the country, ISO 3166-1 alpha-2, e.g. {@code de}
         * @return this builder
         */
        public Builder publicHolidays(String country) {
            this.country = Optional.of(Checks.present(country, "agreement", "country"));
            return this;
        }

        /**
         * Narrows the public holidays to a region of the country.
         *
         * @param region the region, e.g. {@code by}
         * @return this builder
         */
        public Builder subdivision(String region) {
            this.subdivision = Optional.of(Checks.present(region, "agreement", "subdivision"));
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public CalendarSpec build() {
            return new CalendarSpec(id, zone, hours, holidays, country, subdivision);
        }
    }
}
