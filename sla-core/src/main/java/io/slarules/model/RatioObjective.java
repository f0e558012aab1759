package io.slarules.model;

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
 */
public record RatioObjective(String id, String title, String service, String good, String total, String obligated,
                             String beneficiary, MeasurementWindow window, BigDecimal target) implements Objective {

    /** Validates the fields. */
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
    }

    @Override
    public MetricKind kind() {
        return MetricKind.RATIO;
    }

    @Override
    public Optional<String> serviceId() {
        return Optional.of(service);
    }
}
