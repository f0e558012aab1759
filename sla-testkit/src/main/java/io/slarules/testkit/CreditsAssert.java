package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Evaluation;
import io.slarules.model.DateRange;
import io.slarules.model.Money;
import org.assertj.core.api.AssertionErrorCollector;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
 * and their explanations. {@link #single()} goes on with the one credit selected.
 */
public final class CreditsAssert extends DomainAssert<CreditsAssert, Evaluation> {

    private List<CreditDecision> selected;
    private final List<Criterion<CreditDecision>> criteria = new ArrayList<>();

    CreditsAssert(Evaluation actual, List<CreditDecision> selected, AssertionErrorCollector soft) {
        super(actual, CreditsAssert.class, soft);
        this.selected = List.copyOf(selected);
    }

    /**
     * A credit paid by the party with this id.
     *
     * @param debtor the id of the party expected to pay
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert owedBy(String debtor) {
        return narrow(CreditCriteria.debtor(debtor));
    }

    /**
     * A credit paid to the party with this id.
     *
     * @param creditor the id of the party expected to be paid
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert to(String creditor) {
        return narrow(CreditCriteria.creditor(creditor));
    }

    /**
     * A credit of exactly this amount: {@code "100.00 USD"}, compared by value.
     *
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert ofAmount(String amount) {
        return narrow(CreditCriteria.amount(Money.parse(amount)));
    }

    /**
     * A credit priced at exactly this much before any cap.
     *
     * @param priced the expected amount before any cap, with its currency code, e.g. {@code "250.00 USD"}
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert pricedAt(String priced) {
        return narrow(CreditCriteria.priced(Money.parse(priced)));
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
     * A credit under the clause with this id.
     *
     * @param clause the id of the expected clause, e.g. {@code "12.1"}
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert underClause(String clause) {
        return narrow(CreditCriteria.clause(clause));
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

    /**
     * A credit a cap reduced.
     *
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert capped() {
        return narrow(CreditCriteria.capped(true));
    }

    /**
     * A credit no cap reduced.
     *
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert notCapped() {
        return narrow(CreditCriteria.capped(false));
    }

    /**
     * A credit produced, among others, by the rule with this name.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, its selection narrowed to the credits that also meet this criterion
     */
    public CreditsAssert citesRule(String rule) {
        return narrow(CreditCriteria.rule(rule));
    }

    /**
     * Exactly one credit meets the criteria; the assertions go on with it.
     *
     * @return an assertion on the one credit selected
     */
    public CreditDecisionAssert single() {
        CreditDecisionAssert next = inherit(new CreditDecisionAssert(selected.isEmpty() ? null : selected.get(0), soft()));
        if (skip()) {
            return next.skipping();
        }
        if (selected.size() != 1) {
            fail(selected.size(), 1, "Expecting exactly one credit" + criteria() + "\nin " + Texts.evaluation(actual)
                    + ",\nbut " + selected.size() + " are:\n" + Texts.credits(selected) + explanations(selected));
            return next.skipping();
        }
        return next;
    }

    /**
     * The credits selected so far.
     *
     * @return the credit decisions that meet every criterion given
     */
    public List<CreditDecision> decisions() {
        return selected;
    }

    private CreditsAssert narrow(Criterion<CreditDecision> criterion) {
        if (skip()) {
            return myself;
        }
        List<CreditDecision> kept = selected.stream().filter(criterion::matches).toList();
        if (kept.isEmpty()) {
            List<String> values = selected.stream().map(d -> String.valueOf(criterion.value().apply(d))).toList();
            Object actualValue = values.size() == 1 ? values.get(0) : values.toString();
            String which = criteria.isEmpty() ? "no credit is"
                    : selected.size() == 1 ? "the one credit" + criteria() + " is not"
                    : "none of the " + selected.size() + " credits" + criteria() + " is";
            fail(actualValue, criterion.expected(), "Expecting " + Texts.evaluation(actual) + " to have a credit"
                    + criteria() + "\n  " + criterion.phrase() + "\nbut " + which + "; "
                    + (values.size() == 1 ? "its " : "their ") + criterion.property() + ":\n"
                    + values.stream().map(v -> "  " + Texts.quoted(v)).collect(Collectors.joining("\n"))
                    + "\nCredits of the evaluation:\n" + Texts.credits(actual.credits()) + explanations(selected));
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

    static String explanations(List<CreditDecision> credits) {
        return credits.stream().map(d -> Texts.block("Explanation of credit " + d.id(), d.explanation()))
                .collect(Collectors.joining());
    }
}
