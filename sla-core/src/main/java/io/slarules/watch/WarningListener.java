package io.slarules.watch;

import io.slarules.Evaluation;

/**
 * Receives what a {@link Monitor} concludes, as it arises, on the thread that appends events or
 * advances the clock. A listener that throws stops that call; the warnings it was told of stay
 * raised.
 */
@FunctionalInterface
public interface WarningListener {

    /**
     * A warning has been raised; each warning is told once.
     *
     * @param warning the warning, as of its own instant
     */
    void warned(Warning warning);

    /**
     * A month has been settled: the clock's watermark has passed its end, and this is the month's
     * evaluation from the monitor's events, equal to {@code SlaEngine.evaluate} over the same
     * timeline and history. Does nothing unless overridden.
     *
     * @param agreementId the agreement
     * @param evaluation  the month's evaluation
     */
    default void settled(String agreementId, Evaluation evaluation) {
    }
}
