package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.time.CalendarSpec;

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
 * @param levelRounding  how the achieved level is rounded before it is compared (the contract's term)
 */
public record AvailabilityObjective(String id, String title, String service, String obligated, String beneficiary,
                                    MeasurementWindow window, String calendar, BigDecimal target,
                                    Denominator denominator, Duration minimumOutage,
                                    Optional<RoundingMode> outageRounding, LevelRounding levelRounding)
        implements Objective {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service whose outages count
     * @param obligated the party that promises the uptime
     * @param beneficiary the party it is promised to
     * @param window the measurement window
     * @param calendar the id of the calendar whose time is measured ({@code 24x7} for all time)
     * @param target the uptime to reach, a percentage (met when achieved is at least this)
     * @param denominator whether excluded time leaves the denominator
     * @param minimumOutage an outage shorter than this does not count; zero counts every outage
     * @param outageRounding how each outage is rounded to whole minutes before it counts; empty: not rounded
     * @param levelRounding how the achieved level is rounded before it is compared; {@code null}:
     *                      {@link LevelRounding#truncated()}
     */
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
        levelRounding = Objects.requireNonNullElse(levelRounding, LevelRounding.truncated());
    }

    /**
     * An objective whose level is truncated at 10 decimals, as before the contract could say how it
     * is rounded.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service whose outages count
     * @param obligated the party that promises the uptime
     * @param beneficiary the party it is promised to
     * @param window the measurement window
     * @param calendar the id of the calendar whose time is measured ({@code 24x7} for all time)
     * @param target the uptime to reach, a percentage (met when achieved is at least this)
     * @param denominator whether excluded time leaves the denominator
     * @param minimumOutage an outage shorter than this does not count; zero counts every outage
     * @param outageRounding how each outage is rounded to whole minutes before it counts; empty: not rounded
     */
    public AvailabilityObjective(String id, String title, String service, String obligated, String beneficiary,
                                 MeasurementWindow window, String calendar, BigDecimal target,
                                 Denominator denominator, Duration minimumOutage,
                                 Optional<RoundingMode> outageRounding) {
        this(id, title, service, obligated, beneficiary, window, calendar, target, denominator, minimumOutage,
                outageRounding, LevelRounding.truncated());
    }

    @Override
    public MetricKind kind() {
        return MetricKind.AVAILABILITY;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.of(service);
    }

    /**
     * A builder for an availability objective with the given id: the way to build one in code.
     * Defaults: no title, a calendar month window, the {@code 24x7} calendar, the whole window as
     * denominator, every outage counted, outages not rounded, the level truncated at 10 decimals. Required: service, obligated,
     * beneficiary and target.
     *
     * @param id the objective's id, unique within the agreement
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds an {@link AvailabilityObjective}; {@link #build()} applies the same checks as the
     * constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String service;
        private String obligated;
        private String beneficiary;
        private MeasurementWindow window = MeasurementWindow.month();
        private String calendar = CalendarSpec.ALWAYS;
        private BigDecimal target;
        private Denominator denominator = Denominator.WHOLE_WINDOW;
        private Duration minimumOutage = Duration.ZERO;
        private Optional<RoundingMode> outageRounding = Optional.empty();
        private LevelRounding levelRounding = LevelRounding.truncated();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the title, for explanations.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Checks.present(title, "agreement", "title");
            return this;
        }

        /**
         * Sets the service whose outages count.
         *
         * @param service the service's id
         * @return this builder
         */
        public Builder service(String service) {
            this.service = Checks.present(service, "agreement", "service");
            return this;
        }

        /**
         * Sets the party that promises the uptime.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder obligated(String party) {
            this.obligated = Checks.present(party, "agreement", "obligated");
            return this;
        }

        /**
         * Sets the party the uptime is promised to.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder beneficiary(String party) {
            this.beneficiary = Checks.present(party, "agreement", "beneficiary");
            return this;
        }

        /**
         * Sets the measurement window (a calendar month by default).
         *
         * @param window the window
         * @return this builder
         */
        public Builder window(MeasurementWindow window) {
            this.window = Checks.present(window, "agreement", "window");
            return this;
        }

        /**
         * Sets the calendar whose time is measured ({@code 24x7} by default).
         *
         * @param calendar the calendar's id
         * @return this builder
         */
        public Builder calendar(String calendar) {
            this.calendar = Checks.present(calendar, "agreement", "calendar");
            return this;
        }

        /**
         * Sets the uptime to reach.
         *
         * @param percent a percentage, e.g. {@code new BigDecimal("99.95")}
         * @return this builder
         */
        public Builder target(BigDecimal percent) {
            this.target = Checks.present(percent, "agreement", "target");
            return this;
        }

        /**
         * Sets whether excluded time leaves the denominator (the whole window by default).
         *
         * @param denominator the denominator
         * @return this builder
         */
        public Builder denominator(Denominator denominator) {
            this.denominator = Checks.present(denominator, "agreement", "denominator");
            return this;
        }

        /**
         * Sets the shortest outage that counts (zero by default: every outage counts).
         *
         * @param duration the shortest outage that counts
         * @return this builder
         */
        public Builder minimumOutage(Duration duration) {
            this.minimumOutage = Checks.present(duration, "agreement", "minimumOutage");
            return this;
        }

        /**
         * Rounds each outage to whole minutes before it counts (not rounded by default).
         *
         * @param mode the rounding mode; not {@code UNNECESSARY}
         * @return this builder
         */
        public Builder outageRounding(RoundingMode mode) {
            this.outageRounding = Optional.of(Checks.present(mode, "agreement", "outageRounding"));
            return this;
        }

        /**
         * Sets how the achieved level is rounded before it is compared with the target and the
         * bands (truncated at 10 decimals by default).
         *
         * @param rounding the contract's rounding of levels
         * @return this builder
         */
        public Builder levelRounding(LevelRounding rounding) {
            this.levelRounding = Checks.present(rounding, "agreement", "levelRounding");
            return this;
        }

        /**
         * Builds the objective.
         *
         * @return the objective
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public AvailabilityObjective build() {
            return new AvailabilityObjective(id, title, service, obligated, beneficiary, window, calendar, target,
                    denominator, minimumOutage, outageRounding, levelRounding);
        }
    }
}
