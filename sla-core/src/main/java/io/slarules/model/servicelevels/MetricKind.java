package io.slarules.model.servicelevels;

import io.slarules.model.obligations.Obligation;

/** What an objective measures. */
public enum MetricKind {
    /** Uptime percentage over a window, from outage intervals. */
    AVAILABILITY,
    /** Business time per case from a start event to a stop event, the clock paused while the case waits. */
    TIME_TO,
    /** An obligation's delivery against its due date (see {@link Obligation}). */
    DEADLINE,
    /** A count per window that must reach a target. */
    QUOTA,
    /** Good events over all events in a window. */
    RATIO,
    /** Readings of a sensor (temperature, shock, humidity) against an allowed range; each reading outside it counts. */
    READINGS
}
