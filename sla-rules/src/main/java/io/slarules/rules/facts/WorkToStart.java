package io.slarules.rules.facts;

import io.slarules.model.time.Interval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An obligation whose work has not been given its start yet: a rule of the {@code facts} phase decides when
 * its owner could start working on it and inserts the {@link ObligationState} that every later phase matches
 * (by default, {@code "facts: work on an obligation starts at the agreement's start or when what it depends on
 * is fulfilled"}: the latest of the agreement's start and its dependencies' fulfilments). A pack replacing that
 * rule by name inserts one state per obligation through {@link #startingAt}; an obligation left without one
 * fails the evaluation.
 *
 * @param unstarted             the obligation's state with an empty {@code work} at {@code measuredTo}
 * @param agreementStart        the start of the agreement's first day, in its zone
 * @param dependenciesFulfilled the fulfilments, known as of the evaluation, of what it depends on (relative
 *                              due dates' anchors included), in the agreement's order of the dependencies
 */
public record WorkToStart(ObligationState unstarted, Instant agreementStart, List<Instant> dependenciesFulfilled) {

    /**
     * Validates the fields.
     *
     * @param unstarted the obligation's state with an empty {@code work} at {@code measuredTo}
     * @param agreementStart the start of the agreement's first day, in its zone
     * @param dependenciesFulfilled the fulfilments, known as of the evaluation, of what it depends on
     */
    public WorkToStart {
        Objects.requireNonNull(unstarted, "unstarted");
        Objects.requireNonNull(agreementStart, "agreementStart");
        dependenciesFulfilled = List.copyOf(dependenciesFulfilled);
    }

    /** {@return the obligation's id} */
    public String id() {
        return unstarted.id();
    }

    /** {@return the latest of the agreement's start and the fulfilments of what the obligation depends on} */
    public Instant afterItsDependencies() {
        Instant start = agreementStart;
        for (Instant done : dependenciesFulfilled) {
            if (done.isAfter(start)) {
                start = done;
            }
        }
        return start;
    }

    /**
     * The obligation's state with its work starting at {@code start}: the time from there to its fulfilment (or
     * the "as of" instant while it is open), empty when {@code start} is not before that.
     *
     * @param start when its owner could start working on it
     * @return the state every later phase matches
     */
    public ObligationState startingAt(Instant start) {
        Objects.requireNonNull(start, "start");
        Instant to = unstarted.measuredTo();
        Interval work = start.isBefore(to) ? Interval.of(start, to) : Interval.of(to, to);
        return new ObligationState(unstarted.obligation(), unstarted.due(), unstarted.dueKnown(), unstarted.fulfilled(),
                to, work, unstarted.settledInPeriod(), unstarted.settlementRank());
    }
}
