package io.slarules.testkit;

import io.slarules.Decision;
import io.slarules.model.money.Money;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * The checks {@link PenaltyDecisionAssert} and {@link CreditDecisionAssert} share, written once
 * over {@link Decision}; each public one returns the concrete assertion, so chains go on with the
 * checks only one kind has. A failure names the decision as its kind writes it, shows the expected
 * and the actual value (set on the error, so an IDE shows them side by side) and ends with the
 * decision's explanation.
 *
 * @param <SELF> the concrete assertion
 * @param <D>    the kind of decision
 */
abstract class AbstractDecisionAssert<SELF extends AbstractDecisionAssert<SELF, D>, D extends Decision>
        extends DomainAssert<SELF, D> {

    private final DecisionView<D> view;

    AbstractDecisionAssert(D actual, Class<?> selfType, DecisionView<D> view, AssertionErrorCollector soft) {
        super(actual, selfType, soft);
        this.view = view;
    }

    /**
     * The decision is paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, for further checks
     */
    public SELF owedBy(String debtor) {
        return check(DecisionCriteria.debtor(debtor));
    }

    /**
     * The decision is paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, for further checks
     */
    public SELF to(String creditor) {
        return check(DecisionCriteria.creditor(creditor));
    }

    /**
     * The decision's amount, the one billed or issued, is exactly this much, written as in agreement
     * files: {@code "4000.00 EUR"}. Amounts compare by value ({@code "4000 EUR"} matches too).
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, for further checks
     */
    public SELF ofAmount(String amount) {
        return ofAmount(Money.parse(amount));
    }

    /**
     * The decision's amount, the one billed or issued, is exactly this much.
     *
     * @param amount the expected amount, compared by value
     * @return this assertion, for further checks
     */
    public SELF ofAmount(Money amount) {
        return check(DecisionCriteria.amount(amount));
    }

    /**
     * The decision was priced at exactly this much before any cap, e.g. {@code "33000 EUR"}.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, for further checks
     */
    public SELF pricedAt(String priced) {
        return check(DecisionCriteria.priced(view, Money.parse(priced)));
    }

    /**
     * The decision rests on the clause with this id, e.g. {@code "12.1"}.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, for further checks
     */
    public SELF underClause(String clause) {
        return check(DecisionCriteria.clause(clause));
    }

    /**
     * A cap reduced the decision's amount: a penalty's clause's cap; a credit's clause's, the
     * monthly or the rolling cap.
     *
     * @return this assertion, for further checks
     */
    public SELF isCapped() {
        return check(DecisionCriteria.capped(view, true));
    }

    /**
     * No cap reduced the decision's amount.
     *
     * @return this assertion, for further checks
     */
    public SELF isNotCapped() {
        return check(DecisionCriteria.capped(view, false));
    }

    /**
     * The rule with this name is among those that produced the decision.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, for further checks
     */
    public SELF citesRule(String rule) {
        return check(DecisionCriteria.rule(rule));
    }

    /** Checks one criterion on the decision; a rule is "cited", any other property "had". */
    final SELF check(Criterion<D> criterion) {
        if (skip() || criterion.matches(actual)) {
            return myself;
        }
        Object value = criterion.value().apply(actual);
        boolean rules = criterion.property().equals("rules");
        String message = "Expecting the " + view.noun() + " " + view.line(actual) + "\n"
                + (rules ? "to cite the rule:" : "to have the " + criterion.property() + ":") + "\n"
                + "  " + Texts.quoted(criterion.expected()) + "\n"
                + (rules ? "but it cites:" : "but had:") + "\n"
                + "  " + Texts.quoted(value)
                + view.explanation(actual);
        fail(rules ? String.valueOf(value) : value, criterion.expected(), message);
        return myself;
    }
}
