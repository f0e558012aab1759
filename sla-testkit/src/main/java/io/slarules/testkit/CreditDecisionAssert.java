package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.model.Money;
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
 * IDE shows them side by side) and ends with the credit's explanation.
 */
public final class CreditDecisionAssert extends DomainAssert<CreditDecisionAssert, CreditDecision> {

    CreditDecisionAssert(CreditDecision actual, AssertionErrorCollector soft) {
        super(actual, CreditDecisionAssert.class, soft);
    }

    /**
     * The credit is paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert owedBy(String debtor) {
        return check(CreditCriteria.debtor(debtor));
    }

    /**
     * The credit is paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert to(String creditor) {
        return check(CreditCriteria.creditor(creditor));
    }

    /**
     * The credit's amount, the one issued, is exactly this much: {@code "100.00 USD"}, compared by value.
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert ofAmount(String amount) {
        return ofAmount(Money.parse(amount));
    }

    /**
     * The credit's amount, the one issued, is exactly this much, compared by value.
     *
     * @param amount the expected amount, compared by value
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert ofAmount(Money amount) {
        return check(CreditCriteria.amount(amount));
    }

    /**
     * The credit was priced at exactly this much before any cap.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert pricedAt(String priced) {
        return check(CreditCriteria.priced(Money.parse(priced)));
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
     * The credit rests on the clause with this id.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert underClause(String clause) {
        return check(CreditCriteria.clause(clause));
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
        return check(CreditCriteria.window(io.slarules.model.DateRange.ofMonth(month)));
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

    /**
     * A cap (the clause's, the monthly or the rolling one) reduced the credit.
     *
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert isCapped() {
        return check(CreditCriteria.capped(true));
    }

    /**
     * No cap reduced the credit.
     *
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert isNotCapped() {
        return check(CreditCriteria.capped(false));
    }

    /**
     * The rule with this name is among those that produced the credit.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, for further checks
     */
    public CreditDecisionAssert citesRule(String rule) {
        return check(CreditCriteria.rule(rule));
    }

    CreditDecisionAssert check(Criterion<CreditDecision> criterion) {
        if (skip() || criterion.matches(actual)) {
            return myself;
        }
        Object value = criterion.value().apply(actual);
        boolean rules = criterion.property().equals("rules");
        String message = "Expecting the credit " + Texts.credit(actual) + "\n"
                + (rules ? "to cite the rule:" : "to have the " + criterion.property() + ":") + "\n"
                + "  " + Texts.quoted(criterion.expected()) + "\n"
                + (rules ? "but it cites:" : "but had:") + "\n"
                + "  " + Texts.quoted(value)
                + Texts.block("Explanation of credit " + actual.id(), actual.explanation());
        fail(rules ? String.valueOf(value) : value, criterion.expected(), message);
        return myself;
    }
}
