package io.slarules;

import io.slarules.model.DateRange;
import io.slarules.model.History;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete result of evaluating one agreement for one period: who is responsible for each
 * delay, and the penalties owed. Either complete or not returned at all.
 *
 * <p>The period <em>settles</em> obligations: an obligation fulfilled after the period's start and
 * no later than its end gets its final attribution and its penalty decisions in this evaluation.
 * An obligation still open and already late at the end gets a provisional attribution and no
 * decision yet.
 *
 * @param agreementId  the agreement evaluated
 * @param period       the period settled
 * @param asOf         the end of the period: nothing after it is known to the evaluation
 * @param attributions the delays, ordered as the agreement lists its obligations
 * @param penalties    the decisions, ordered by clause, then as the agreement lists its obligations
 * @param objectives   each window of each objective the period settles, in window order, then as
 *                     the agreement lists its objectives
 * @param credits      the service-credit decisions, in the order of {@code objectives}
 * @param history      the history given, extended by the months and windows this period settled
 * @param explanation  the whole derivation, in words
 */
public record Evaluation(String agreementId, DateRange period, Instant asOf,
                         List<DelayAttribution> attributions, List<PenaltyDecision> penalties,
                         List<ObjectiveResult> objectives, List<CreditDecision> credits, History history,
                         String explanation) {

    /** Validates the fields. */
    public Evaluation {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        attributions = List.copyOf(attributions);
        penalties = List.copyOf(penalties);
        objectives = List.copyOf(objectives);
        credits = List.copyOf(credits);
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** An evaluation of deadlines only: no objectives, no credits, nothing added to the history. */
    public Evaluation(String agreementId, DateRange period, Instant asOf, List<DelayAttribution> attributions,
                      List<PenaltyDecision> penalties, String explanation) {
        this(agreementId, period, asOf, attributions, penalties, List.of(), List.of(), History.empty(), explanation);
    }

    /** The results of an objective, one per window, in window order. */
    public List<ObjectiveResult> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.objective().equals(objectiveId)).toList();
    }

    /** The attribution of an obligation's delay, if it is late. */
    public Optional<DelayAttribution> attribution(String obligationId) {
        return attributions.stream().filter(a -> a.subject().equals(obligationId)).findFirst();
    }

    /** The whole derivation as text: every attribution and every decision with its reasons. */
    public String explain() {
        return explanation;
    }
}
