package io.slarules.spi;

import io.slarules.calendar.HolidaySource;

import java.util.Optional;

/**
 * How {@link io.slarules.calendar.PublicHolidays} finds public holidays by country and region:
 * through {@link java.util.ServiceLoader}. {@code sla-rules} provides one backed by the jollyday
 * library, so that {@code sla-core} depends on no holiday data. Not for users; for holiday
 * providers.
 *
 * <p>An implementation has a public no-argument constructor, is thread-safe (engines share it
 * between threads) and may cache what it loads.
 */
public interface PublicHolidayProvider {

    /**
     * The public holidays of a country, or of one of its subdivisions (which then include the
     * country's own).
     *
     * @param country     an ISO 3166-1 alpha-2 code, in upper case ({@code "DE"})
     * @param subdivision the subdivision part of an ISO 3166-2 code without the country, in upper
     *                    case ({@code "BY"} for Bavaria), or empty for the whole country
     * @return the holidays, or empty when this provider does not know the country or the
     *         subdivision; never an exception for an unknown one, so that the next provider can
     *         be asked
     */
    Optional<HolidaySource> publicHolidays(String country, Optional<String> subdivision);
}
