package io.slarules.internal.calc;

import io.slarules.model.time.Interval;

import java.util.Objects;

/**
 * A status a case was in over an interval, e.g. "waiting-on-customer".
 *
 * @param status   the status
 * @param interval when
 */
public record StatusSpan(String status, Interval interval) {

    /**
     * Validates the fields.
     *
     * @param status the status
     * @param interval when
     */
    public StatusSpan {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(interval, "interval");
    }
}
