package io.slarules;

import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

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

    /**
     * Validates that no component is null.
     *
     * @param agreement the agreement
     * @param period the dates whose settled obligations are decided
     * @param timeline what happened, from the agreement's start
     * @param history what earlier evaluations decided
     */
    public EvaluationRequest {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
    }

    /**
     * A request without history.
     *
     * @param agreement the agreement
     * @param period the dates whose settled obligations are decided
     * @param timeline what happened, from the agreement's start
     */
    public EvaluationRequest(Agreement agreement, DateRange period, Timeline timeline) {
        this(agreement, period, timeline, History.empty());
    }

    /**
     * A request to evaluate an agreement for a period.
     *
     * @param agreement the agreement
     * @param period the dates whose settled obligations are decided
     * @param timeline what happened, from the agreement's start
     * @return a request without earlier evaluations' history
     */
    public static EvaluationRequest of(Agreement agreement, DateRange period, Timeline timeline) {
        return new EvaluationRequest(agreement, period, timeline);
    }

    /**
     * A request to evaluate an agreement for a calendar month of its zone.
     *
     * @param agreement the agreement
     * @param timeline what happened, from the agreement's start
     * @param month the calendar month whose settled obligations and windows are decided
     * @return a request for the month's dates, without earlier evaluations' history
     */
    public static EvaluationRequest of(Agreement agreement, YearMonth month, Timeline timeline) {
        return new EvaluationRequest(agreement, DateRange.ofMonth(month), timeline);
    }

    /**
     * A request to evaluate a subscriber of a service-based agreement under its own agreement.
     *
     * @param period the dates whose settled obligations are decided
     * @param offering the service-based agreement the subscriber subscribed under
     * @param subscriber the subscriber: its subscription, timeline and history
     * @return a request for the subscriber's own agreement, derived from the offering and the subscription
     */
    public static EvaluationRequest forSubscriber(Agreement offering, DateRange period, Subscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        return new EvaluationRequest(offering.forSubscription(subscriber.subscription()), period, subscriber.timeline(),
                subscriber.history());
    }

    /** {@return the id of the agreement evaluated} */
    public String agreementId() {
        return agreement.id();
    }
}
