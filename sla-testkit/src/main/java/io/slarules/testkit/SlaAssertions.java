package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The entry point of the test kit's assertions, and of AssertJ's own: one static import,
 * {@code import static io.slarules.testkit.SlaAssertions.assertThat;}, gives both.
 *
 * <pre>{@code
 * Evaluation evaluation = engine.evaluate(agreement, YearMonth.of(2026, 4), timeline);
 *
 * assertThat(evaluation).hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1");
 * assertThat(evaluation).attribution("DELIVERY-1").gives("client-b", Duration.ofDays(21)).gives("northwind", Duration.ofDays(4));
 * assertThat(evaluation).hasNoPenaltyFor("SPEC-1");
 * }</pre>
 *
 * <p>Every failure shows the expected and the actual value (set on the error, so an IDE offers a
 * diff) and the explanation of the decision or evaluation concerned. {@link SoftSlaAssertions}
 * collects failures instead of stopping at the first.
 */
public class SlaAssertions extends Assertions {

    /** For a project's own entry point that extends this one. */
    protected SlaAssertions() {
    }

    /**
     * Assertions on an evaluation: its penalties and attributions.
     *
     * @param actual the value under test
     * @return an assertion on the evaluation
     */
    public static EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual, null);
    }

    /**
     * Assertions on one penalty decision.
     *
     * @param actual the value under test
     * @return an assertion on the decision
     */
    public static PenaltyDecisionAssert assertThat(PenaltyDecision actual) {
        return new PenaltyDecisionAssert(actual, null);
    }

    /**
     * Assertions on one window of one objective.
     *
     * @param actual the value under test
     * @return an assertion on the result
     */
    public static ObjectiveResultAssert assertThat(ObjectiveResult actual) {
        return new ObjectiveResultAssert(actual, "", null);
    }

    /**
     * Assertions on one credit decision.
     *
     * @param actual the value under test
     * @return an assertion on the decision
     */
    public static CreditDecisionAssert assertThat(CreditDecision actual) {
        return new CreditDecisionAssert(actual, null);
    }

    /**
     * Assertions on one delay attribution.
     *
     * @param actual the value under test
     * @return an assertion on the attribution
     */
    public static DelayAttributionAssert assertThat(DelayAttribution actual) {
        return new DelayAttributionAssert(actual, "", null);
    }

    /**
     * Assertions on the problems of an invalid input.
     *
     * @param actual the value under test
     * @return an assertion on the exception's problems
     */
    public static InvalidInputAssert assertThat(InvalidInputException actual) {
        return new InvalidInputAssert(actual, null);
    }

    /**
     * Runs {@code call}, which must throw an {@link InvalidInputException} (reading a file,
     * building an agreement, evaluating), and asserts on its problems.
     *
     * @param call code expected to throw {@link InvalidInputException}
     * @return an assertion on the problems of the exception thrown
     */
    public static InvalidInputAssert assertThatInvalidInput(ThrowingCallable call) {
        return new InvalidInputAssert(Invalid.thrownBy(call), null);
    }
}
