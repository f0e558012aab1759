package io.slarules.testkit;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.Money;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
 * <p>{@link #single()} goes on with assertions on the one decision selected.
 */
public final class PenaltiesAssert extends DomainAssert<PenaltiesAssert, Evaluation> {

    private List<PenaltyDecision> selected;
    private final List<Criterion<PenaltyDecision>> criteria = new ArrayList<>();

    PenaltiesAssert(Evaluation actual, List<PenaltyDecision> selected, List<Criterion<PenaltyDecision>> criteria,
                    AssertionErrorCollector soft) {
        super(actual, PenaltiesAssert.class, soft);
        this.selected = List.copyOf(selected);
        this.criteria.addAll(criteria);
    }

    /**
     * A decision paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert owedBy(String debtor) {
        return narrow(PenaltyCriteria.debtor(debtor));
    }

    /**
     * A decision paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert to(String creditor) {
        return narrow(PenaltyCriteria.creditor(creditor));
    }

    /**
     * A decision of exactly this amount, written as in agreement files: {@code "4000.00 EUR"}.
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert ofAmount(String amount) {
        return ofAmount(Money.parse(amount));
    }

    /**
     * A decision of exactly this amount, compared by value.
     *
     * @param amount the expected amount, compared by value
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert ofAmount(Money amount) {
        return narrow(PenaltyCriteria.amount(amount));
    }

    /**
     * A decision that priced the delay at exactly this much before any cap.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert pricedAt(String priced) {
        return narrow(PenaltyCriteria.priced(Money.parse(priced)));
    }

    /**
     * A decision under the clause with this id, e.g. {@code "12.1"}.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert underClause(String clause) {
        return narrow(PenaltyCriteria.clause(clause));
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
     * A decision whose amount its clause's cap reduced.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert capped() {
        return narrow(PenaltyCriteria.capped(true));
    }

    /**
     * A decision no cap reduced.
     *
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert notCapped() {
        return narrow(PenaltyCriteria.capped(false));
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

    /**
     * A decision produced, among others, by the rule with this name.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, its selection narrowed to the decisions that also meet this criterion
     */
    public PenaltiesAssert citesRule(String rule) {
        return narrow(PenaltyCriteria.rule(rule));
    }

    /**
     * Exactly one decision meets the criteria; the assertions go on with it.
     *
     * @return assertions on that decision
     */
    public PenaltyDecisionAssert single() {
        PenaltyDecisionAssert next = inherit(new PenaltyDecisionAssert(selected.isEmpty() ? null : selected.get(0), soft()));
        if (skip()) {
            return next.skipping();
        }
        if (selected.size() != 1) {
            fail(selected.size(), 1, "Expecting exactly one penalty decision" + criteria() + "\nin "
                    + Texts.evaluation(actual) + ",\nbut " + selected.size() + " are:\n" + Texts.decisions(selected)
                    + explanations(selected));
            return next.skipping();
        }
        return next;
    }

    /**
     * The decisions selected so far.
     *
     * @return the penalty decisions that meet every criterion given
     */
    public List<PenaltyDecision> decisions() {
        return selected;
    }

    private PenaltiesAssert narrow(Criterion<PenaltyDecision> criterion) {
        if (skip()) {
            return myself;
        }
        List<PenaltyDecision> kept = selected.stream().filter(criterion::matches).toList();
        if (kept.isEmpty()) {
            List<String> values = selected.stream().map(d -> String.valueOf(criterion.value().apply(d))).toList();
            Object actualValue = values.size() == 1 ? values.get(0) : values.toString();
            String which = criteria.isEmpty() ? "no decision is"
                    : selected.size() == 1 ? "the one decision" + criteria() + " is not"
                    : "none of the " + selected.size() + " decisions" + criteria() + " is";
            String message = "Expecting " + Texts.evaluation(actual) + " to have a penalty decision" + criteria()
                    + "\n  " + criterion.phrase() + "\n"
                    + "but " + which + "; " + (values.size() == 1 ? "its " : "their ") + criterion.property() + ":\n"
                    + values.stream().map(v -> "  " + Texts.quoted(v)).collect(Collectors.joining("\n"))
                    + "\nDecisions of the evaluation:\n" + Texts.decisions(actual.penalties())
                    + explanations(selected);
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

    private static String explanations(List<PenaltyDecision> decisions) {
        return decisions.stream().map(d -> Texts.block("Explanation of decision " + d.id(), d.explanation()))
                .collect(Collectors.joining());
    }
}
