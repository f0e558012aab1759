package io.slarules.testkit;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.money.Money;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.List;

/**
 * The penalty decisions of an evaluation that meet every criterion given so far; at least one
 * does, or the assertion fails. Each criterion narrows the selection:
 *
 * <pre>{@code
 * assertThat(evaluation).hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1");
 * }</pre>
 *
 * <p>reads "the evaluation has a penalty decision owed by northwind, to client-b, of 4,000.00 EUR,
 * under clause 12.1". When a criterion leaves no decision, the failure lists the criteria met so
 * far, the values the remaining decisions have instead (set as the error's actual value, the
 * criterion's as its expected one, so an IDE shows a diff) and their explanations.
 *
 * <p>The criteria every decision has (debtor, creditor, amount, price, clause, cap, rule) are the
 * ones {@link CreditsAssert} has too; those below are a penalty's own. {@link #single()} goes on
 * with assertions on the one decision selected.
 */
public final class PenaltiesAssert
        extends AbstractDecisionsAssert<PenaltiesAssert, PenaltyDecision, PenaltyDecisionAssert> {

    PenaltiesAssert(Evaluation actual, List<PenaltyDecision> selected, List<Criterion<PenaltyDecision>> criteria,
                    AssertionErrorCollector soft) {
        super(actual, PenaltiesAssert.class, DecisionView.PENALTIES, selected, criteria, soft);
    }

    @Override
    PenaltyDecisionAssert one(PenaltyDecision decision) {
        return new PenaltyDecisionAssert(decision, soft());
    }

    /**
     * A decision of exactly this amount, compared by value.
     *
     * @param amount the expected amount, compared by value
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert ofAmount(Money amount) {
        return narrow(DecisionCriteria.amount(amount));
    }

    /**
     * A decision on the delay of the obligation with this id.
     *
     * @param obligation the obligation's id
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert forObligation(String obligation) {
        return narrow(PenaltyCriteria.subject(obligation));
    }

    /**
     * A decision that priced this many of its clause's units (days or hours) of attributed delay.
     *
     * @param units the expected number of the clause's units
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert withDelay(long units) {
        return narrow(PenaltyCriteria.delay(units));
    }

    /**
     * A decision whose attributed delay gives the creditor a right to terminate.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert withTerminationRight() {
        return narrow(PenaltyCriteria.terminationRight(true));
    }

    /**
     * A decision that gives the creditor no right to terminate.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert withoutTerminationRight() {
        return narrow(PenaltyCriteria.terminationRight(false));
    }
}
