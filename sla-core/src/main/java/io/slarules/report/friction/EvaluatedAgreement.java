package io.slarules.report.friction;

import io.slarules.Evaluation;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Timeline;

import java.util.Objects;

/**
 * One agreement, what happened under it, and its evaluation for a period: the input of a
 * {@link FrictionReport}. The timeline is needed because an evaluation lists only late
 * obligations, and a party's on-time rate also counts the obligations it fulfilled in time.
 *
 * @param agreement  the agreement evaluated
 * @param timeline   the timeline it was evaluated against
 * @param evaluation its evaluation; of this agreement
 */
public record EvaluatedAgreement(Agreement agreement, Timeline timeline, Evaluation evaluation) {

    /**
     * Validates the fields and that the evaluation is the agreement's.
     *
     * @param agreement the agreement evaluated
     * @param timeline the timeline it was evaluated against
     * @param evaluation its evaluation; of this agreement
     */
    public EvaluatedAgreement {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(evaluation, "evaluation");
        if (!evaluation.agreementId().equals(agreement.id())) {
            throw new IllegalArgumentException("SLA Rules: the evaluation of " + evaluation.agreementId()
                    + " is not one of agreement " + agreement.id());
        }
    }

    /**
     * An agreement, its timeline and its evaluation.
     *
     * @param agreement the agreement evaluated
     * @param timeline the timeline it was evaluated against
     * @param evaluation its evaluation; of this agreement
     * @return the evaluated agreement
     */
    public static EvaluatedAgreement of(Agreement agreement, Timeline timeline, Evaluation evaluation) {
        return new EvaluatedAgreement(agreement, timeline, evaluation);
    }
}
