package io.slarules.testkit;

import io.slarules.Decision;
import io.slarules.Evaluation;
import io.slarules.model.money.Money;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The selection {@link PenaltiesAssert} and {@link CreditsAssert} share, written once over
 * {@link Decision}: the decisions of an evaluation that meet every criterion given so far, at least
 * one, or the assertion fails. Each public criterion returns the concrete assertion, so chains go
 * on with the criteria only one kind has; {@link #single()} goes on with the concrete assertion on
 * the one decision selected.
 *
 * <p>When a criterion leaves no decision, the failure lists the criteria met so far, the values the
 * remaining decisions have instead (set as the error's actual value, the criterion's as its
 * expected one, so an IDE shows a diff) and their explanations.
 *
 * @param <SELF> the concrete assertion
 * @param <D>    the kind of decision
 * @param <ONE>  the assertion on one decision of that kind
 */
abstract class AbstractDecisionsAssert<SELF extends AbstractDecisionsAssert<SELF, D, ONE>, D extends Decision,
        ONE extends AbstractDecisionAssert<ONE, D>> extends DomainAssert<SELF, Evaluation> {

    private final DecisionView<D> view;
    private List<D> selected;
    private final List<Criterion<D>> criteria = new ArrayList<>();

    AbstractDecisionsAssert(Evaluation actual, Class<?> selfType, DecisionView<D> view, List<D> selected,
                            List<Criterion<D>> criteria, AssertionErrorCollector soft) {
        super(actual, selfType, soft);
        this.view = view;
        this.selected = List.copyOf(selected);
        this.criteria.addAll(criteria);
    }

    /** The assertion on one decision, {@code null} when none is selected. */
    abstract ONE one(D decision);

    /**
     * A decision paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF owedBy(String debtor) {
        return narrow(DecisionCriteria.debtor(debtor));
    }

    /**
     * A decision paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF to(String creditor) {
        return narrow(DecisionCriteria.creditor(creditor));
    }

    /**
     * A decision of exactly this amount, written as in agreement files: {@code "4000.00 EUR"},
     * compared by value.
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF ofAmount(String amount) {
        return narrow(DecisionCriteria.amount(Money.parse(amount)));
    }

    /**
     * A decision priced at exactly this much before any cap.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF pricedAt(String priced) {
        return narrow(DecisionCriteria.priced(view, Money.parse(priced)));
    }

    /**
     * A decision under the clause with this id, e.g. {@code "12.1"}.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF underClause(String clause) {
        return narrow(DecisionCriteria.clause(clause));
    }

    /**
     * A decision whose amount a cap reduced: a penalty's clause's cap; a credit's clause's, the
     * monthly or the rolling cap.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF capped() {
        return narrow(DecisionCriteria.capped(view, true));
    }

    /**
     * A decision no cap reduced.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF notCapped() {
        return narrow(DecisionCriteria.capped(view, false));
    }

    /**
     * A decision produced, among others, by the rule with this name.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public SELF citesRule(String rule) {
        return narrow(DecisionCriteria.rule(rule));
    }

    /**
     * Exactly one decision meets the criteria; the assertions go on with it.
     *
     * @return assertions on that decision
     */
    public ONE single() {
        ONE next = inherit(one(selected.isEmpty() ? null : selected.get(0)));
        if (skip()) {
            return next.skipping();
        }
        if (selected.size() != 1) {
            fail(selected.size(), 1, "Expecting exactly one " + view.noun() + criteria() + "\nin "
                    + Texts.evaluation(actual) + ",\nbut " + selected.size() + " are:\n" + view.lines(selected)
                    + view.explanations(selected));
            return next.skipping();
        }
        return next;
    }

    /**
     * The decisions selected so far.
     *
     * @return the decisions that meet every criterion given
     */
    public List<D> decisions() {
        return selected;
    }

    /** Keeps the decisions that meet the criterion too; when none does, fails once and skips what follows. */
    final SELF narrow(Criterion<D> criterion) {
        if (skip()) {
            return myself;
        }
        List<D> kept = selected.stream().filter(criterion::matches).toList();
        if (kept.isEmpty()) {
            List<String> values = selected.stream().map(d -> String.valueOf(criterion.value().apply(d))).toList();
            Object actualValue = values.size() == 1 ? values.get(0) : values.toString();
            String which = criteria.isEmpty() ? "no " + view.one() + " is"
                    : selected.size() == 1 ? "the one " + view.one() + criteria() + " is not"
                    : "none of the " + selected.size() + " " + view.many() + criteria() + " is";
            String message = "Expecting " + Texts.evaluation(actual) + " to have a " + view.noun() + criteria()
                    + "\n  " + criterion.phrase() + "\n"
                    + "but " + which + "; " + (values.size() == 1 ? "its " : "their ") + criterion.property() + ":\n"
                    + values.stream().map(v -> "  " + Texts.quoted(v)).collect(Collectors.joining("\n"))
                    + "\n" + view.heading() + ":\n" + view.lines(view.all(actual))
                    + view.explanations(selected);
            fail(actualValue, criterion.expected(), message);
            selected = List.of();
            criteria.add(criterion);
            return skipping();
        }
        selected = kept;
        criteria.add(criterion);
        return myself;
    }

    private String criteria() {
        return criteria.stream().map(c -> "\n  " + c.phrase()).collect(Collectors.joining());
    }
}
