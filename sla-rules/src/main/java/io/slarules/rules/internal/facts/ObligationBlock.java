package io.slarules.rules.internal.facts;

import io.slarules.model.timeline.BlockedInterval;

import java.util.Objects;

/**
 * A blocked interval as it concerns one of the obligations it names: one fact per (blocked
 * interval, obligation), so the attribute rules join on {@code obligation == $id}, which Drools
 * indexes, instead of testing {@code obligations contains $id} against every blocked interval.
 *
 * @param obligation the id of an obligation the interval names
 * @param blocked    the blocked interval
 */
public record ObligationBlock(String obligation, BlockedInterval blocked) {

    /**
     * Validates the fields.
     *
     * @param obligation the id of an obligation the interval names
     * @param blocked the blocked interval
     */
    public ObligationBlock {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(blocked, "blocked");
    }
}
