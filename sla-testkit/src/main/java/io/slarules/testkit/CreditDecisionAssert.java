package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.model.time.DateRange;
import org.assertj.core.api.AssertionErrorCollector;

import java.time.YearMonth;

/**
 * Assertions on one {@link CreditDecision}, in the words of the contract.
 *
 * <pre>{@code
 * assertThat(credit).ofKind(CreditKind.SERVICE_CREDIT).owedBy("acme").to("client").ofAmount("50.00 USD")
 *         .pricedAt("250.00 USD").isCapped();
 * }</pre>
 *
 * <p>A failure names the credit, shows the expected and the actual value (set on the error, so an
 * IDE shows them side by side) and ends with the credit's explanation. The checks every decision
 * has (debtor, creditor, amount, price, clause, cap, rule) are the ones {@link PenaltyDecisionAssert}
 * has too; those below are a credit's own.
 */
public final class CreditDecisionAssert extends AbstractDecisionAssert<CreditDecisionAssert, CreditDecision> {

    CreditDecisionAssert(CreditDecision actual, AssertionErrorCollector soft) {
        super(actual, CreditDecisionAssert.class, DecisionView.CREDITS, soft);
    }

    /**
     * The credit is of this kind (service credit, per breach, repeat offence, bonus, earn-back).
     *
     * @param kind the expected kind of credit
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert ofKind(CreditKind kind) {
        return check(CreditCriteria.kind(kind));
    }

    /**
     * The credit is for a window of the objective with this id.
     *
     * @param objective the objective's id
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert forObjective(String objective) {
        return check(CreditCriteria.objective(objective));
    }

    /**
     * The credit is for the calendar month's window.
     *
     * @param month the calendar month whose window is meant
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert forMonth(YearMonth month) {
        return check(CreditCriteria.window(DateRange.ofMonth(month)));
    }

    /**
     * The credit is for this breached case (per-breach credits).
     *
     * @param caseId the case's id
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert forCase(String caseId) {
        return check(CreditCriteria.subject(caseId));
    }
}
