package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The soft twin of {@link SlaAssertions}: every failed check is collected, and
 * {@link #assertAll()} reports them all at once. AssertJ's own soft assertions are here too.
 *
 * <pre>{@code
 * SoftSlaAssertions.assertSoftly(softly -> {
 *     softly.assertThat(evaluation).hasPenalty().owedBy("northwind").ofAmount("4000.00 EUR");
 *     softly.assertThat(evaluation).attribution("DELIVERY-1").gives("client-b", Duration.ofDays(21));
 * });
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's {@code SoftAssertionsExtension} injects one into a test
 * ({@code @InjectSoftAssertions SoftSlaAssertions softly}) and calls {@code assertAll()} after it.
 *
 * <p>A chain whose subject is missing (an attribution of an obligation that is not late, a
 * penalty no decision matches) reports that once and skips the rest of the chain; the checks of a
 * decision or attribution that exists are each reported.
 */
public class SoftSlaAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Creates an empty collector of failures. */
    public SoftSlaAssertions() {
    }

    /**
     * Runs {@code assertions} with a new {@code SoftSlaAssertions}, then reports every failure
     * they collected in one error.
     *
     * @param assertions the assertions to run softly
     */
    public static void assertSoftly(Consumer<SoftSlaAssertions> assertions) {
        Objects.requireNonNull(assertions, "assertions");
        SoftSlaAssertions softly = new SoftSlaAssertions();
        assertions.accept(softly);
        softly.assertAll();
    }

    /**
     * Soft assertions on an evaluation: its penalties and attributions.
     *
     * @param actual the value under test
     * @return a soft assertion on the evaluation
     */
    public EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual, this);
    }

    /**
     * Soft assertions on one penalty decision.
     *
     * @param actual the value under test
     * @return a soft assertion on the decision
     */
    public PenaltyDecisionAssert assertThat(PenaltyDecision actual) {
        return new PenaltyDecisionAssert(actual, this);
    }

    /**
     * Soft assertions on one window of one objective.
     *
     * @param actual the value under test
     * @return a soft assertion on the result
     */
    public ObjectiveResultAssert assertThat(ObjectiveResult actual) {
        return new ObjectiveResultAssert(actual, "", this);
    }

    /**
     * Soft assertions on one credit decision.
     *
     * @param actual the value under test
     * @return a soft assertion on the decision
     */
    public CreditDecisionAssert assertThat(CreditDecision actual) {
        return new CreditDecisionAssert(actual, this);
    }

    /**
     * Soft assertions on one delay attribution.
     *
     * @param actual the value under test
     * @return a soft assertion on the attribution
     */
    public DelayAttributionAssert assertThat(DelayAttribution actual) {
        return new DelayAttributionAssert(actual, "", this);
    }

    /**
     * Soft assertions on the problems of an invalid input.
     *
     * @param actual the value under test
     * @return a soft assertion on the exception's problems
     */
    public InvalidInputAssert assertThat(InvalidInputException actual) {
        return new InvalidInputAssert(actual, this);
    }

    /**
     * Runs {@code call}, which must throw an {@link InvalidInputException}, and asserts softly on
     * its problems; when it throws none, that failure is collected and the chain is skipped.
     *
     * @param call code expected to throw {@link InvalidInputException}
     * @return a soft assertion on the problems of the exception thrown
     */
    public InvalidInputAssert assertThatInvalidInput(ThrowingCallable call) {
        try {
            return new InvalidInputAssert(Invalid.thrownBy(call), this);
        } catch (AssertionError e) {
            collectAssertionError(e);
            return new InvalidInputAssert(null, this).skipping();
        }
    }
}
