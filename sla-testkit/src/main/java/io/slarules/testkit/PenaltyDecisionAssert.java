package io.slarules.testkit;

import io.slarules.PenaltyDecision;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on one {@link PenaltyDecision}, in the words of the contract.
 *
 * <pre>{@code
 * assertThat(decision).owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1")
 *         .citesRule("cap: aggregate cap on the clause's decisions");
 * }</pre>
 *
 * <p>A failure names the decision, shows the expected and the actual value (set on the error, so
 * an IDE shows them side by side) and ends with the decision's explanation. The checks every
 * decision has (debtor, creditor, amount, price, clause, cap, rule) are the ones
 * {@link CreditDecisionAssert} has too; those below are a penalty's own.
 */
public final class PenaltyDecisionAssert extends AbstractDecisionAssert<PenaltyDecisionAssert, PenaltyDecision> {

    PenaltyDecisionAssert(PenaltyDecision actual, AssertionErrorCollector soft) {
        super(actual, PenaltyDecisionAssert.class, DecisionView.PENALTIES, soft);
    }

    /**
     * The decision prices the delay of the obligation with this id.
     *
     * @param obligation the obligation's id
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert forObligation(String obligation) {
        return check(PenaltyCriteria.subject(obligation));
    }

    /**
     * The decision priced this many of its clause's units (days or hours) of attributed delay.
     *
     * @param units the expected number of the clause's units
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert withDelay(long units) {
        return check(PenaltyCriteria.delay(units));
    }

    /**
     * The attributed delay gives the creditor a right to terminate.
     *
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert givesTerminationRight() {
        return check(PenaltyCriteria.terminationRight(true));
    }

    /**
     * The attributed delay gives the creditor no right to terminate.
     *
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert givesNoTerminationRight() {
        return check(PenaltyCriteria.terminationRight(false));
    }
}
