package io.slarules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Uptime of a service over each window must reach a percentage. Only the obligated party's outages
 * (its subcontractors' included) count against it; outages caused by other parties are reported
 * against them, announced maintenance inside a maintenance window and force majeure are excused.
 *
 * @param id             unique within the agreement
 * @param title          for explanations; may be empty
 * @param service        the service whose outages count
 * @param obligated      the party that promises the uptime
 * @param beneficiary    the party it is promised to
 * @param window         the measurement window
 * @param calendar       the id of the calendar whose time is measured ({@code 24x7} for all time)
 * @param target         the uptime to reach, a percentage (met when achieved is at least this)
 * @param denominator    whether excluded time leaves the denominator
 * @param minimumOutage  an outage shorter than this does not count; zero counts every outage
 * @param outageRounding how each outage is rounded to whole minutes before it counts; empty: not rounded
 */
public record AvailabilityObjective(String id, String title, String service, String obligated, String beneficiary,
                                    MeasurementWindow window, String calendar, BigDecimal target,
                                    Denominator denominator, Duration minimumOutage,
                                    Optional<RoundingMode> outageRounding) implements Objective {

    /** Validates the fields. */
    public AvailabilityObjective {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(service, "agreement", "service");
        Checks.id(obligated, "agreement", "obligated");
        Checks.id(beneficiary, "agreement", "beneficiary");
        window = Objects.requireNonNullElse(window, MeasurementWindow.month());
        calendar = Objects.requireNonNullElse(calendar, CalendarSpec.ALWAYS);
        Checks.percent(target, "agreement", "target");
        denominator = Objects.requireNonNullElse(denominator, Denominator.WHOLE_WINDOW);
        minimumOutage = Objects.requireNonNullElse(minimumOutage, Duration.ZERO);
        if (minimumOutage.isNegative()) {
            throw Checks.fail("agreement", "minimumOutage", "must not be negative, was " + minimumOutage);
        }
        outageRounding = Objects.requireNonNullElse(outageRounding, Optional.empty());
        if (outageRounding.filter(m -> m == RoundingMode.UNNECESSARY).isPresent()) {
            throw Checks.fail("agreement", "outageRounding", "must name a rounding mode, not UNNECESSARY");
        }
    }

    @Override
    public MetricKind kind() {
        return MetricKind.AVAILABILITY;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.of(service);
    }
}
