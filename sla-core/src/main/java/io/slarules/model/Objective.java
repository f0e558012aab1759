package io.slarules.model;

import java.util.Optional;

/**
 * A service level objective: a level one party promises another over each measurement window.
 * Deadlines are {@link Obligation}s; the other metric kinds are objectives.
 */
public sealed interface Objective permits AvailabilityObjective, TimeToObjective, QuotaObjective, RatioObjective {

    /** The id credits and results cite; unique within the agreement. */
    String id();

    /** A title for explanations; may be empty. */
    String title();

    /** What it measures. */
    MetricKind kind();

    /** The party that promises the level. */
    String obligated();

    /** The party it is promised to. */
    String beneficiary();

    /** The window it is measured over. */
    MeasurementWindow window();

    /** The service it is about, when it is about one; credits as a percentage of a fee need it. */
    Optional<String> serviceId();
}
