package io.slarules.model;

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

    /** Validates the fields. */
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

    /** A quota that depends on no other. */
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
}
