package io.slarules.rules.internal.holidays;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.slarules.calendar.HolidaySource;
import io.slarules.spi.PublicHolidayProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Public holidays of the countries and subdivisions that jollyday knows, registered through
 * {@code META-INF/services} so that {@link io.slarules.calendar.PublicHolidays} finds it.
 *
 * <p>A date counts when jollyday calls it a public holiday, on its own date and, where the law
 * moves it off a weekend, on the day it is observed; bank holidays and observances (Christmas Eve
 * in Austria, say) do not count. Each region's holidays are loaded once and each year of them when
 * first asked for; the instance is thread-safe.
 */
public final class JollydayPublicHolidays implements PublicHolidayProvider {

    private static final Logger LOG = LoggerFactory.getLogger(JollydayPublicHolidays.class);

    /** By {@code DE} or {@code DE-BY}; an unknown region is remembered as empty. */
    private final ConcurrentMap<String, Optional<HolidaySource>> byRegion = new ConcurrentHashMap<>();

    /** For {@link java.util.ServiceLoader}. */
    public JollydayPublicHolidays() {
    }

    @Override
    public Optional<HolidaySource> publicHolidays(String country, Optional<String> subdivision) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subdivision, "subdivision");
        String countryCode = country.strip().toUpperCase(Locale.ROOT);
        Optional<String> subdivisionCode = subdivision.map(code -> code.strip().toUpperCase(Locale.ROOT));
        String region = countryCode + subdivisionCode.map(code -> "-" + code).orElse("");
        return byRegion.computeIfAbsent(region, key -> load(countryCode, subdivisionCode, key));
    }

    private static Optional<HolidaySource> load(String country, Optional<String> subdivision, String region) {
        // asking jollyday for a calendar it lacks throws, so look it up among the supported ones first
        Set<String> supported = HolidayManager.getSupportedCalendarCodes();
        if (!supported.contains(country)) {
            LOG.debug("jollyday has no public holidays for country {}", country);
            return Optional.empty();
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        if (subdivision.isEmpty()) {
            LOG.debug("loaded jollyday's public holidays of {}", region);
            return Optional.of(new JollydayHolidays(manager, region, new String[0]));
        }
        // jollyday silently ignores an unknown subdivision, which would read as "no regional holidays"
        Optional<String> known = manager.getCalendarHierarchy().getChildren().values().stream()
                .map(CalendarHierarchy::getId)
                .filter(id -> id.equalsIgnoreCase(subdivision.get()))
                .findFirst();
        if (known.isEmpty()) {
            LOG.debug("jollyday has no subdivision {} of {}", subdivision.get(), country);
            return Optional.empty();
        }
        LOG.debug("loaded jollyday's public holidays of {}", region);
        return Optional.of(new JollydayHolidays(manager, region, new String[] {known.get()}));
    }
}
