package io.slarules.testkit;

import io.slarules.PenaltyDecision;
import io.slarules.model.Money;
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
 * an IDE shows them side by side) and ends with the decision's explanation.
 */
public final class PenaltyDecisionAssert extends DomainAssert<PenaltyDecisionAssert, PenaltyDecision> {

    PenaltyDecisionAssert(PenaltyDecision actual, AssertionErrorCollector soft) {
        super(actual, PenaltyDecisionAssert.class, soft);
    }

    /**
     * The decision is paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert owedBy(String debtor) {
        return check(PenaltyCriteria.debtor(debtor));
    }

    /**
     * The decision is paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert to(String creditor) {
        return check(PenaltyCriteria.creditor(creditor));
    }

    /**
     * The decision's amount, the one billed, is exactly this much, written as in agreement files:
     * {@code "4000.00 EUR"}. Amounts compare by value ({@code "4000 EUR"} matches too).
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert ofAmount(String amount) {
        return ofAmount(Money.parse(amount));
    }

    /**
     * The decision's amount, the one billed, is exactly this much.
     *
     * @param amount the expected amount, compared by value
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert ofAmount(Money amount) {
        return check(PenaltyCriteria.amount(amount));
    }

    /**
     * The decision priced the delay at exactly this much before any cap, e.g. {@code "33000 EUR"}.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert pricedAt(String priced) {
        return check(PenaltyCriteria.priced(Money.parse(priced)));
    }

    /**
     * The decision rests on the clause with this id, e.g. {@code "12.1"}.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert underClause(String clause) {
        return check(PenaltyCriteria.clause(clause));
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
     * The clause's cap reduced the decision's amount.
     *
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert isCapped() {
        return check(PenaltyCriteria.capped(true));
    }

    /**
     * No cap reduced the decision's amount.
     *
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert isNotCapped() {
        return check(PenaltyCriteria.capped(false));
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

    /**
     * The rule with this name is among those that produced the decision.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, for further checks
     */
    public PenaltyDecisionAssert citesRule(String rule) {
        return check(PenaltyCriteria.rule(rule));
    }

    PenaltyDecisionAssert check(Criterion<PenaltyDecision> criterion) {
        if (skip() || criterion.matches(actual)) {
            return myself;
        }
        Object value = criterion.value().apply(actual);
        boolean rules = criterion.property().equals("rules");
        String message = "Expecting the penalty decision " + Texts.decision(actual) + "\n"
                + (rules ? "to cite the rule:" : "to have the " + criterion.property() + ":") + "\n"
                + "  " + Texts.quoted(criterion.expected()) + "\n"
                + (rules ? "but it cites:" : "but had:") + "\n"
                + "  " + Texts.quoted(value)
                + Texts.block("Explanation of decision " + actual.id(), actual.explanation());
        fail(rules ? String.valueOf(value) : value, criterion.expected(), message);
        return myself;
    }
}
