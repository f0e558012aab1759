package io.slarules.model.servicelevels;

import io.slarules.model.obligations.Obligation;

import java.util.Optional;

/**
 * A service level objective: a level one party promises another over each measurement window.
 * Deadlines are {@link Obligation}s; the other metric kinds are objectives.
 */
public sealed interface Objective permits AvailabilityObjective, TimeToObjective, QuotaObjective, RatioObjective,
        ReadingsObjective {

    /** {@return the id credits and results cite; unique within the agreement} */
    String id();

    /** {@return a title for explanations; may be empty} */
    String title();

    /** {@return what it measures} */
    MetricKind kind();

    /** {@return the party that promises the level} */
    String obligated();

    /** {@return the party it is promised to} */
    String beneficiary();

    /** {@return the window it is measured over} */
    MeasurementWindow window();

    /** {@return the service it is about, when it is about one; credits as a percentage of a fee need it} */
    Optional<String> serviceId();
}
