package io.slarules.calendar;

import io.slarules.spi.PublicHolidayProvider;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Public holidays by country and region, from the {@link PublicHolidayProvider}s on the class path
 * ({@code sla-rules} brings one backed by the jollyday library). The core itself knows no holiday.
 */
public final class PublicHolidays {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Za-z0-9]{1,8}");

    private PublicHolidays() {
    }

    /**
     * The public holidays of a country and, optionally, one of its subdivisions (which adds the
     * subdivision's own holidays to the country's). The first provider that knows the region
     * answers.
     *
     * @param country     an ISO 3166-1 alpha-2 code, in any case: {@code "DE"}, {@code "de"}
     * @param subdivision a subdivision as in ISO 3166-2, with or without the country:
     *                    {@code "BY"}, {@code "by"}, {@code "DE-BY"}; empty for the whole country
     * @return the holidays, or empty when no provider knows the country or the subdivision
     * @throws IllegalArgumentException when a code is not of that form
     */
    public static Optional<HolidaySource> of(String country, Optional<String> subdivision) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subdivision, "subdivision");
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException(
                    "country: expected an ISO 3166-1 alpha-2 code such as \"DE\", was \"" + country + "\"");
        }
        String countryCode = country.toUpperCase(Locale.ROOT);
        Optional<String> subdivisionCode = subdivision.map(written -> subdivisionCode(countryCode, written));
        for (PublicHolidayProvider provider : Providers.ALL) {
            Optional<HolidaySource> holidays = provider.publicHolidays(countryCode, subdivisionCode);
            if (holidays == null) {
                // a provider bug must not read as "unknown country"
                throw new IllegalStateException(provider.getClass().getName() + " answered null for "
                        + countryCode + subdivisionCode.map(code -> "-" + code).orElse(""));
            }
            if (holidays.isPresent()) {
                return holidays;
            }
        }
        return Optional.empty();
    }

    private static String subdivisionCode(String countryCode, String written) {
        String code = written.strip().toUpperCase(Locale.ROOT);
        if (code.startsWith(countryCode + "-")) {
            code = code.substring(countryCode.length() + 1);
        }
        if (!SUBDIVISION.matcher(code).matches()) {
            throw new IllegalArgumentException("subdivision: expected an ISO 3166-2 subdivision such as \"BY\" or \""
                    + countryCode + "-BY\", was \"" + written + "\"");
        }
        return code;
    }

    /** The providers, loaded once: they cache what they read, so one instance of each is kept. */
    private static final class Providers {
        static final List<PublicHolidayProvider> ALL = ServiceLoader
                .load(PublicHolidayProvider.class, PublicHolidays.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
