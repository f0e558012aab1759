package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.model.time.DateRange;
import org.assertj.core.api.AssertionErrorCollector;

import java.time.YearMonth;
import java.util.List;

/**
 * The credit decisions of an evaluation that meet every criterion given so far; at least one does,
 * or the assertion fails. Each criterion narrows the selection:
 *
 * <pre>{@code
 * assertThat(evaluation).hasCredit().forObjective("AVAIL").forMonth(YearMonth.of(2026, 4))
 *         .owedBy("acme").to("client").ofAmount("100.00 USD");
 * }</pre>
 *
 * <p>When a criterion leaves no credit, the failure lists the criteria met so far, the values the
 * remaining credits have instead (the error's actual value; the criterion's is the expected one)
 * and their explanations. The criteria every decision has (debtor, creditor, amount, price,
 * clause, cap, rule) are the ones {@link PenaltiesAssert} has too; those below are a credit's own.
 * {@link #single()} goes on with the one credit selected.
 */
public final class CreditsAssert extends AbstractDecisionsAssert<CreditsAssert, CreditDecision, CreditDecisionAssert> {

    CreditsAssert(Evaluation actual, List<CreditDecision> selected, AssertionErrorCollector soft) {
        super(actual, CreditsAssert.class, DecisionView.CREDITS, selected, List.of(), soft);
    }

    @Override
    CreditDecisionAssert one(CreditDecision decision) {
        return new CreditDecisionAssert(decision, soft());
    }

    /**
     * A credit of this kind.
     *
     * @param kind the expected kind of credit
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert ofKind(CreditKind kind) {
        return narrow(CreditCriteria.kind(kind));
    }

    /**
     * A credit for a window of the objective with this id.
     *
     * @param objective the objective's id
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert forObjective(String objective) {
        return narrow(CreditCriteria.objective(objective));
    }

    /**
     * A credit for the calendar month's window.
     *
     * @param month the calendar month whose window is meant
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert forMonth(YearMonth month) {
        return narrow(CreditCriteria.window(DateRange.ofMonth(month)));
    }

    /**
     * A credit for this window.
     *
     * @param window the window's dates
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert forWindow(DateRange window) {
        return narrow(CreditCriteria.window(window));
    }

    /**
     * A credit for this breached case.
     *
     * @param caseId the case's id
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert forCase(String caseId) {
        return narrow(CreditCriteria.subject(caseId));
    }
}
