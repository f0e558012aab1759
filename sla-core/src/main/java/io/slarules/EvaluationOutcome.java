package io.slarules;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one request of a batch ({@link SlaEngine#evaluateAll}): either its complete
 * {@link Evaluation}, or the typed exception {@link SlaEngine#evaluate} would have thrown for it
 * ({@link InvalidInputException} or {@link EvaluationFailedException}). Never both, never neither.
 */
public final class EvaluationOutcome {

    private final EvaluationRequest request;
    private final Evaluation evaluation;
    private final SlaException failure;

    private EvaluationOutcome(EvaluationRequest request, Evaluation evaluation, SlaException failure) {
        this.request = Objects.requireNonNull(request, "request");
        this.evaluation = evaluation;
        this.failure = failure;
    }

    /**
     * {@return the outcome of a request that was evaluated}
     *
     * @param request the request evaluated
     * @param evaluation what its evaluation decided
     */
    public static EvaluationOutcome evaluated(EvaluationRequest request, Evaluation evaluation) {
        return new EvaluationOutcome(request, Objects.requireNonNull(evaluation, "evaluation"), null);
    }

    /**
     * {@return the outcome of a request that could not be evaluated; nothing of it was}
     *
     * @param request the request that failed
     * @param failure why it failed: invalid input, or a failed evaluation
     */
    public static EvaluationOutcome failed(EvaluationRequest request, SlaException failure) {
        return new EvaluationOutcome(request, null, Objects.requireNonNull(failure, "failure"));
    }

    /** {@return the request this is the outcome of} */
    public EvaluationRequest request() {
        return request;
    }

    /** {@return the id of the agreement evaluated} */
    public String agreementId() {
        return request.agreement().id();
    }

    /** {@return whether the request was evaluated; {@code false} when it failed} */
    public boolean isEvaluated() {
        return evaluation != null;
    }

    /** {@return the evaluation; empty when the request failed} */
    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    /**
     * Why the request could not be evaluated; empty when it was.
     *
     * @return the invalid input or failed evaluation that stopped the request, or empty
     */
    public Optional<SlaException> failure() {
        return Optional.ofNullable(failure);
    }

    /** {@return the evaluation; the failure, thrown, when there is none} */
    public Evaluation evaluationOrThrow() {
        if (evaluation == null) {
            throw failure;
        }
        return evaluation;
    }

    /** Same request and same evaluation, or same request and the same failure instance. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationOutcome other && request.equals(other.request)
                && Objects.equals(evaluation, other.evaluation) && failure == other.failure;
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, evaluation, failure == null ? 0 : System.identityHashCode(failure));
    }

    @Override
    public String toString() {
        return "EvaluationOutcome[" + agreementId() + ", " + request.period() + ": "
                + (evaluation != null ? evaluation.penalties().size() + " penalties" : "failed: " + failure.getMessage())
                + "]";
    }
}
