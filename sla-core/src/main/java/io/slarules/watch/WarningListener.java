package io.slarules.watch;

import io.slarules.Evaluation;
import io.slarules.SlaException;

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

    /**
     * Watching an agreement has failed: a look at it or the settlement of one of its months threw
     * (its events do not make a valid timeline for {@code evaluate}, or a rule threw). The
     * agreement is stopped (its warnings so far stay, no more are raised, its events are refused,
     * {@link Monitor#failure(String)} keeps the failure); every other agreement goes on. Does
     * nothing unless overridden: the monitor keeps the failure all the same.
     *
     * @param agreementId the agreement stopped
     * @param failure     what it failed with, naming the agreement and the problems or the rule
     */
    default void failed(String agreementId, SlaException failure) {
    }
}
