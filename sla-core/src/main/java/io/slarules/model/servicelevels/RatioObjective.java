package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.timeline.Count;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Good events over all events in each window must reach a percentage, e.g. 99.5 % of API calls
 * succeed. Both counts are sums of the timeline's {@link Count}s of their metric in the window.
 *
 * @param id          unique within the agreement
 * @param title       for explanations; may be empty
 * @param service     the service the events are of
 * @param good        the metric of the good events
 * @param total       the metric of all events
 * @param obligated   the party that promises the ratio
 * @param beneficiary the party it is promised to
 * @param window      the measurement window
 * @param target      the percentage to reach (met when achieved is at least this)
 * @param levelRounding how the achieved level is rounded before it is compared (the contract's term)
 */
public record RatioObjective(String id, String title, String service, String good, String total, String obligated,
                             String beneficiary, MeasurementWindow window, BigDecimal target,
                             LevelRounding levelRounding) implements Objective {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service the events are of
     * @param good the metric of the good events
     * @param total the metric of all events
     * @param obligated the party that promises the ratio
     * @param beneficiary the party it is promised to
     * @param window the measurement window
     * @param target the percentage to reach (met when achieved is at least this)
     * @param levelRounding how the achieved level is rounded before it is compared; {@code null}:
     *                      {@link LevelRounding#truncated()}
     */
    public RatioObjective {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(service, "agreement", "service");
        Checks.id(good, "agreement", "good");
        Checks.id(total, "agreement", "total");
        Checks.id(obligated, "agreement", "obligated");
        Checks.id(beneficiary, "agreement", "beneficiary");
        window = Objects.requireNonNullElse(window, MeasurementWindow.month());
        Checks.percent(target, "agreement", "target");
        if (good.equals(total)) {
            throw Checks.fail("agreement", "good", "good and total events need different metrics, both are " + good);
        }
        levelRounding = Objects.requireNonNullElse(levelRounding, LevelRounding.truncated());
    }

    /**
     * A ratio whose level is truncated at 10 decimals.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param service the service the events are of
     * @param good the metric of the good events
     * @param total the metric of all events
     * @param obligated the party that promises the ratio
     * @param beneficiary the party it is promised to
     * @param window the measurement window
     * @param target the percentage to reach (met when achieved is at least this)
     */
    public RatioObjective(String id, String title, String service, String good, String total, String obligated,
                          String beneficiary, MeasurementWindow window, BigDecimal target) {
        this(id, title, service, good, total, obligated, beneficiary, window, target, LevelRounding.truncated());
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATIO;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.of(service);
    }

    /**
     * A builder for a ratio objective with the given id: the way to build one in code. Defaults: no title, a calendar month window. Required: service, good, total, obligated, beneficiary and target.
     *
     * @param id the objective's id, unique within the agreement
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds a {@link RatioObjective}; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String service;
        private String good;
        private String total;
        private String obligated;
        private String beneficiary;
        private MeasurementWindow window = MeasurementWindow.month();
        private BigDecimal target;

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
         * Sets the service the events are of.
         *
         * @param service the service's id
         * @return this builder
         */
        public Builder service(String service) {
            this.service = Checks.present(service, "agreement", "service");
            return this;
        }

        /**
         * Sets the metric of the good events.
         *
         * @param metric the metric's name
         * @return this builder
         */
        public Builder good(String metric) {
            this.good = Checks.present(metric, "agreement", "good");
            return this;
        }

        /**
         * Sets the metric of all events.
         *
         * @param metric the metric's name
         * @return this builder
         */
        public Builder total(String metric) {
            this.total = Checks.present(metric, "agreement", "total");
            return this;
        }

        /**
         * Sets the party that promises the ratio.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder obligated(String party) {
            this.obligated = Checks.present(party, "agreement", "obligated");
            return this;
        }

        /**
         * Sets the party it is promised to.
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
         * Sets the percentage to reach.
         *
         * @param percent a percentage, e.g. {@code new BigDecimal("99.5")}
         * @return this builder
         */
        public Builder target(BigDecimal percent) {
            this.target = Checks.present(percent, "agreement", "target");
            return this;
        }

        /**
         * Builds the objective.
         *
         * @return the objective
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public RatioObjective build() {
            return new RatioObjective(id, title, service, good, total, obligated, beneficiary, window, target);
        }
    }
}
