package io.slarules;

import io.slarules.model.Agreement;
import io.slarules.model.DateRange;
import io.slarules.model.History;
import io.slarules.model.Timeline;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One evaluation of a batch: what {@link SlaEngine#evaluate(Agreement, DateRange, Timeline)} takes,
 * as a value, so a stream of them can be handed to {@link SlaEngine#evaluateAll}.
 *
 * @param agreement the agreement
 * @param period    the dates whose settled obligations are decided
 * @param timeline  what happened, from the agreement's start
 * @param history   what earlier evaluations decided
 */
public record EvaluationRequest(Agreement agreement, DateRange period, Timeline timeline, History history) {

    /** Validates that no component is null. */
    public EvaluationRequest {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
    }

    /** A request without history. */
    public EvaluationRequest(Agreement agreement, DateRange period, Timeline timeline) {
        this(agreement, period, timeline, History.empty());
    }

    /** A request to evaluate an agreement for a period. */
    public static EvaluationRequest of(Agreement agreement, DateRange period, Timeline timeline) {
        return new EvaluationRequest(agreement, period, timeline);
    }

    /** A request to evaluate an agreement for a calendar month of its zone. */
    public static EvaluationRequest of(Agreement agreement, YearMonth month, Timeline timeline) {
        return new EvaluationRequest(agreement, DateRange.ofMonth(month), timeline);
    }

    /** A request to evaluate a subscriber of a service-based agreement under its own agreement. */
    public static EvaluationRequest forSubscriber(Agreement offering, DateRange period, Subscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        return new EvaluationRequest(offering.forSubscription(subscriber.subscription()), period, subscriber.timeline(),
                subscriber.history());
    }

    /** The id of the agreement evaluated. */
    public String agreementId() {
        return agreement.id();
    }
}
