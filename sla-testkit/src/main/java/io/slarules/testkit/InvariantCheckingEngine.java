package io.slarules.testkit;

import io.slarules.BatchOptions;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * An engine that checks {@link SlaInvariants} on every evaluation its delegate gives, re-runs and
 * reordered events and others' downtime taken out included; the three-argument evaluation is the
 * four-argument one with an empty history. What the delegate throws passes through unchanged.
 */
final class InvariantCheckingEngine implements SlaEngine {

    private final SlaEngine delegate;

    InvariantCheckingEngine(SlaEngine delegate) {
        this.delegate = delegate;
    }

    /** The delegate's evaluation, checked: by itself, on a re-run, with reordered events, without others' downtime. */
    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
        return SlaInvariants.evaluateAndCheck(delegate, agreement, period, timeline, history);
    }

    /** The delegate's evaluation as of an instant, checked by itself and on a re-run. */
    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                               java.time.Instant asOf) {
        Evaluation evaluation = delegate.evaluate(agreement, period, timeline, history, asOf);
        SlaInvariants.check(agreement, evaluation);
        if (!evaluation.equals(delegate.evaluate(agreement, period, timeline, history, asOf))) {
            throw new AssertionError("SLA Rules invariant violated: a re-run as of " + asOf + " differs");
        }
        return evaluation;
    }

    /**
     * The delegate's batch, each evaluation checked by itself and against a single evaluation of
     * its request (which must be equal).
     */
    @Override
    public Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options) {
        return delegate.evaluateAll(requests, options).map(outcome -> {
            outcome.evaluation().ifPresent(evaluation -> {
                EvaluationRequest r = outcome.request();
                SlaInvariants.check(r.agreement(), evaluation);
                SlaInvariants.sameOnReRun(delegate, r.agreement(), r.period(), r.timeline(), r.history(), evaluation);
            });
            return outcome;
        });
    }

    @Override
    public String toString() {
        return "SlaInvariants.checking(" + delegate + ")";
    }
}
