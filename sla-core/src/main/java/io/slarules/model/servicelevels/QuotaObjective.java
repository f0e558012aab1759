package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.timeline.Count;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A count per window that must reach a target, e.g. at least 200 qualified leads a month. The
 * count is the sum of the timeline's {@link Count}s of the metric inside the window.
 *
 * @param id          unique within the agreement
 * @param title       for explanations; may be empty
 * @param metric      the name the timeline's counts use
 * @param obligated   the party that must deliver
 * @param beneficiary the party it is delivered to
 * @param window      the measurement window
 * @param target      the count to reach, at least 1
 * @param dependsOn   an upstream quota whose delivery this one needs: when it falls short, this
 *                    target is scaled by the fraction it delivered, and the units this loses count
 *                    against the upstream's obligated party
 * @param scaledRounding how a scaled target is rounded to whole units
 */
public record QuotaObjective(String id, String title, String metric, String obligated, String beneficiary,
                             MeasurementWindow window, long target, Optional<String> dependsOn,
                             RoundingMode scaledRounding) implements Objective {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param metric the name the timeline's counts use
     * @param obligated the party that must deliver
     * @param beneficiary the party it is delivered to
     * @param window the measurement window
     * @param target the count to reach, at least 1
     * @param dependsOn an upstream quota whose delivery this one needs: when it falls short, this target is scaled by
     *                  the fraction it delivered, and the units this loses count against the upstream's obligated
     *                  party
     * @param scaledRounding how a scaled target is rounded to whole units
     */
    public QuotaObjective {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(metric, "agreement", "metric");
        Checks.id(obligated, "agreement", "obligated");
        Checks.id(beneficiary, "agreement", "beneficiary");
        window = Objects.requireNonNullElse(window, MeasurementWindow.month());
        if (target < 1) {
            throw Checks.fail("agreement", "target", "a quota must be at least 1, was " + target);
        }
        dependsOn = Objects.requireNonNullElse(dependsOn, Optional.empty());
        scaledRounding = Objects.requireNonNullElse(scaledRounding, RoundingMode.DOWN);
        if (scaledRounding == RoundingMode.UNNECESSARY) {
            throw Checks.fail("agreement", "scaledRounding", "must name a rounding mode, not UNNECESSARY");
        }
        if (dependsOn.filter(id::equals).isPresent()) {
            throw Checks.fail("agreement", "dependsOn", id + " depends on itself");
        }
    }

    /**
     * A quota that depends on no other.
     *
     * @param id unique within the agreement
     * @param title for explanations; may be empty
     * @param metric the name the timeline's counts use
     * @param obligated the party that must deliver
     * @param beneficiary the party it is delivered to
     * @param window the measurement window
     * @param target the count to reach, at least 1
     */
    public QuotaObjective(String id, String title, String metric, String obligated, String beneficiary,
                          MeasurementWindow window, long target) {
        this(id, title, metric, obligated, beneficiary, window, target, Optional.empty(), RoundingMode.DOWN);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.QUOTA;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.empty();
    }

    /**
     * A builder for a quota with the given id: the way to build one in code. Defaults: no title, a calendar month window, no upstream quota, a scaled target rounded {@code DOWN}. Required: metric, obligated, beneficiary and target.
     *
     * @param id the objective's id, unique within the agreement
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds a {@link QuotaObjective}; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String metric;
        private String obligated;
        private String beneficiary;
        private MeasurementWindow window = MeasurementWindow.month();
        private long target;
        private Optional<String> dependsOn = Optional.empty();
        private RoundingMode scaledRounding = RoundingMode.DOWN;

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
         * Sets the metric the timeline's counts use.
         *
         * @param metric the metric's name
         * @return this builder
         */
        public Builder metric(String metric) {
            this.metric = Checks.present(metric, "agreement", "metric");
            return this;
        }

        /**
         * Sets the party that must deliver.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder obligated(String party) {
            this.obligated = Checks.present(party, "agreement", "obligated");
            return this;
        }

        /**
         * Sets the party it is delivered to.
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
         * Sets the count to reach, at least 1.
         *
         * @param count the count
         * @return this builder
         */
        public Builder target(long count) {
            this.target = count;
            return this;
        }

        /**
         * Sets the upstream quota whose delivery this one needs.
         *
         * @param quota the upstream quota's id
         * @return this builder
         */
        public Builder dependsOn(String quota) {
            this.dependsOn = Optional.of(Checks.present(quota, "agreement", "dependsOn"));
            return this;
        }

        /**
         * Sets how a scaled target is rounded to whole units ({@code DOWN} by default).
         *
         * @param mode the rounding mode; not {@code UNNECESSARY}
         * @return this builder
         */
        public Builder scaledRounding(RoundingMode mode) {
            this.scaledRounding = Checks.present(mode, "agreement", "scaledRounding");
            return this;
        }

        /**
         * Builds the objective.
         *
         * @return the objective
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public QuotaObjective build() {
            return new QuotaObjective(id, title, metric, obligated, beneficiary, window, target, dependsOn, scaledRounding);
        }
    }
}
