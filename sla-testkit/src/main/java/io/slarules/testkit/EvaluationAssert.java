package io.slarules.testkit;

import io.slarules.Decision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;
import org.assertj.core.api.AssertionErrorCollector;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assertions on an {@link Evaluation}: the penalties it decides, the delays it attributes, the
 * objective results it measures and the credits it issues.
 *
 * <pre>{@code
 * assertThat(evaluation).hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1");
 * assertThat(evaluation).attribution("DELIVERY-1").gives("client-b", Duration.ofDays(21));
 * assertThat(evaluation).hasNoPenaltyFor("SPEC-1");
 * assertThat(evaluation).objective("AVAIL").isBreached().hasLostTime("acme", Duration.ofMinutes(50));
 * assertThat(evaluation).hasCredit().forObjective("AVAIL").owedBy("acme").ofAmount("100.00 USD");
 * }</pre>
 *
 * <p>Every failure names the evaluation (agreement and period), shows what was expected and what
 * was found, and ends with the relevant explanation: the decisions' when a decision is at fault,
 * the evaluation's otherwise.
 */
public final class EvaluationAssert extends DomainAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual, AssertionErrorCollector soft) {
        super(actual, EvaluationAssert.class, soft);
    }

    /**
     * The evaluation decides at least one penalty; the criteria chained after this select among
     * its decisions.
     *
     * @return the decisions, to be narrowed by criteria
     */
    public PenaltiesAssert hasPenalty() {
        if (skip()) {
            return inherit(new PenaltiesAssert(actual, List.of(), List.of(), soft())).skipping();
        }
        if (actual.penalties().isEmpty()) {
            fail("Expecting " + Texts.evaluation(actual) + " to have a penalty decision\nbut it has none."
                    + attributions() + Texts.block("Explanation", actual.explain()));
            return inherit(new PenaltiesAssert(actual, List.of(), List.of(), soft())).skipping();
        }
        return inherit(new PenaltiesAssert(actual, actual.penalties(), List.of(), soft()));
    }

    /**
     * The evaluation decides at least one penalty on the delay of this obligation.
     *
     * @return those decisions, to be narrowed by further criteria
     * @param obligation the obligation's id
     */
    public PenaltiesAssert hasPenaltyFor(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        return hasPenalty().forObligation(obligation);
    }

    /**
     * The evaluation decides no penalty at all.
     *
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasNoPenalties() {
        if (skip() || actual.penalties().isEmpty()) {
            return myself;
        }
        fail(Texts.decisions(actual.penalties()).strip(), "(no penalty decision)", "Expecting "
                + Texts.evaluation(actual) + " to decide no penalty\nbut it decides " + actual.penalties().size()
                + ":\n" + Texts.decisions(actual.penalties()) + DecisionView.PENALTIES.explanations(actual.penalties()));
        return myself;
    }

    /**
     * The evaluation decides no penalty on the delay of this obligation.
     *
     * @param obligation the obligation's id
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasNoPenaltyFor(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        if (skip()) {
            return myself;
        }
        List<PenaltyDecision> on = actual.penalties().stream().filter(d -> d.subject().equals(obligation)).toList();
        if (!on.isEmpty()) {
            fail(Texts.decisions(on).strip(), "(no penalty decision)", "Expecting " + Texts.evaluation(actual)
                    + " to decide no penalty on " + obligation + "\nbut it decides " + on.size() + ":\n"
                    + Texts.decisions(on) + DecisionView.PENALTIES.explanations(on));
        }
        return myself;
    }

    /**
     * The evaluation decides exactly this many penalties.
     *
     * @param count the expected number
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasPenaltyCount(int count) {
        if (skip() || actual.penalties().size() == count) {
            return myself;
        }
        fail(actual.penalties().size(), count, "Expecting " + Texts.evaluation(actual) + " to decide " + count
                + " penalties\nbut it decides " + actual.penalties().size() + ":\n" + Texts.decisions(actual.penalties())
                + Texts.block("Explanation", actual.explain()));
        return myself;
    }

    /**
     * The decisions paid by {@code debtor} to {@code creditor} add up to exactly this amount
     * ({@code "0.00 EUR"} when there is none), e.g. a billing run's credit note.
     *
     * @param debtor the id of the party expected to pay
     * @param creditor the id of the party expected to be paid
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, for further checks
     */
    public EvaluationAssert owesInTotal(String debtor, String creditor, String amount) {
        return inTotal(DecisionView.PENALTIES, "owe", debtor, creditor, amount);
    }

    /**
     * The evaluation attributes a delay of this obligation (it is late and settled in the period,
     * or still open); the assertions go on with its attribution.
     *
     * @param obligation the obligation's id
     * @return an assertion on the obligation's attribution
     */
    public DelayAttributionAssert attribution(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        if (skip()) {
            return inherit(new DelayAttributionAssert(null, "", soft())).skipping();
        }
        Optional<DelayAttribution> found = actual.attribution(obligation);
        if (found.isEmpty()) {
            fail("Expecting " + Texts.evaluation(actual) + " to attribute a delay of " + obligation
                    + "\nbut it does not: the obligation is not late, or not settled in the period." + attributions()
                    + Texts.block("Explanation", actual.explain()));
            return inherit(new DelayAttributionAssert(null, "", soft())).skipping();
        }
        return inherit(new DelayAttributionAssert(found.get(), actual.explain(), soft()));
    }

    /**
     * The evaluation attributes no delay of this obligation: it is on time, or not settled in the period.
     *
     * @param obligation the obligation's id
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasNoAttributionFor(String obligation) {
        Objects.requireNonNull(obligation, "obligation");
        if (skip()) {
            return myself;
        }
        actual.attribution(obligation).ifPresent(a -> fail(Texts.attribution(a), "(no attribution)",
                "Expecting " + Texts.evaluation(actual) + " to attribute no delay of " + obligation
                        + "\nbut it attributes:\n  " + Texts.attribution(a) + Texts.block("Explanation", actual.explain())));
        return myself;
    }

    /**
     * Some decision or some attribution of the evaluation cites the rule with this name.
     *
     * @param rule the stable name of a rule, e.g. {@code "propagate: late dependency shifts due date"}
     * @return this assertion, for further checks
     */
    public EvaluationAssert citesRule(String rule) {
        Objects.requireNonNull(rule, "rule");
        if (skip()) {
            return myself;
        }
        boolean cited = actual.penalties().stream().anyMatch(d -> d.rules().contains(rule))
                || actual.attributions().stream().anyMatch(a -> a.rules().contains(rule));
        if (!cited) {
            Set<String> rules = new LinkedHashSet<>();
            actual.attributions().forEach(a -> rules.addAll(a.rules()));
            actual.penalties().forEach(d -> rules.addAll(d.rules()));
            fail(rules.toString(), rule, "Expecting " + Texts.evaluation(actual) + " to cite the rule:\n  "
                    + Texts.quoted(rule) + "\nbut it cites:\n  " + rules + Texts.block("Explanation", actual.explain()));
        }
        return myself;
    }

    /**
     * The evaluation has exactly one result of this objective (one window); the assertions go on
     * with it. With several windows in the period, name the window with {@link #objective(String, DateRange)}.
     *
     * @param objective the objective's id
     * @return an assertion on the objective's one result
     */
    public ObjectiveResultAssert objective(String objective) {
        Objects.requireNonNull(objective, "objective");
        if (skip()) {
            return inherit(new ObjectiveResultAssert(null, "", soft())).skipping();
        }
        List<ObjectiveResult> results = actual.objective(objective);
        if (results.size() != 1) {
            fail(results.size(), 1, "Expecting " + Texts.evaluation(actual) + " to have one result of " + objective
                    + "\nbut it has " + results.size() + ":\n" + Texts.results(results) + "\nObjective results:\n"
                    + Texts.results(actual.objectives()));
            return inherit(new ObjectiveResultAssert(null, "", soft())).skipping();
        }
        return inherit(new ObjectiveResultAssert(results.get(0), actual.explain(), soft()));
    }

    /**
     * The evaluation has a result of this objective for this window; the assertions go on with it.
     *
     * @param objective the objective's id
     * @param window the window's dates
     * @return an assertion on that result
     */
    public ObjectiveResultAssert objective(String objective, DateRange window) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(window, "window");
        if (skip()) {
            return inherit(new ObjectiveResultAssert(null, "", soft())).skipping();
        }
        Optional<ObjectiveResult> found = actual.objective(objective).stream().filter(r -> r.window().equals(window))
                .findFirst();
        if (found.isEmpty()) {
            fail("Expecting " + Texts.evaluation(actual) + " to have a result of " + objective + " for " + window
                    + "\nbut its results are:\n" + Texts.results(actual.objectives()));
            return inherit(new ObjectiveResultAssert(null, "", soft())).skipping();
        }
        return inherit(new ObjectiveResultAssert(found.get(), actual.explain(), soft()));
    }

    /**
     * The evaluation has a result of this objective for the calendar month; the assertions go on with it.
     *
     * @param objective the objective's id
     * @param month the calendar month whose window is meant
     * @return an assertion on that result
     */
    public ObjectiveResultAssert objective(String objective, YearMonth month) {
        Objects.requireNonNull(month, "month");
        return objective(objective, DateRange.ofMonth(month));
    }

    /**
     * The evaluation issues at least one credit decision (service credit, per-breach amount,
     * repeat offence, bonus or earn-back); the criteria chained after this select among them.
     *
     * @return an assertion on the credit decisions, to be narrowed by criteria
     */
    public CreditsAssert hasCredit() {
        if (skip()) {
            return inherit(new CreditsAssert(actual, List.of(), soft())).skipping();
        }
        if (actual.credits().isEmpty()) {
            fail("Expecting " + Texts.evaluation(actual) + " to have a credit decision\nbut it has none.\nObjective"
                    + " results:\n" + Texts.results(actual.objectives()) + Texts.block("Explanation", actual.explain()));
            return inherit(new CreditsAssert(actual, List.of(), soft())).skipping();
        }
        return inherit(new CreditsAssert(actual, actual.credits(), soft()));
    }

    /**
     * Every credit of the evaluation (none is fine), to be narrowed by criteria, e.g. to find exactly one.
     *
     * @return an assertion on every credit decision, to be narrowed by criteria
     */
    public CreditsAssert credits() {
        if (skip()) {
            return inherit(new CreditsAssert(actual, List.of(), soft())).skipping();
        }
        return inherit(new CreditsAssert(actual, actual.credits(), soft()));
    }

    /**
     * The evaluation issues no credit decision.
     *
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasNoCredits() {
        if (skip() || actual.credits().isEmpty()) {
            return myself;
        }
        fail(Texts.credits(actual.credits()).strip(), "(no credit decision)", "Expecting " + Texts.evaluation(actual)
                + " to issue no credit\nbut it issues " + actual.credits().size() + ":\n" + Texts.credits(actual.credits())
                + DecisionView.CREDITS.explanations(actual.credits()));
        return myself;
    }

    /**
     * The evaluation issues exactly this many credit decisions.
     *
     * @param count the expected number
     * @return this assertion, for further checks
     */
    public EvaluationAssert hasCreditCount(int count) {
        if (skip() || actual.credits().size() == count) {
            return myself;
        }
        fail(actual.credits().size(), count, "Expecting " + Texts.evaluation(actual) + " to issue " + count
                + " credits\nbut it issues " + actual.credits().size() + ":\n" + Texts.credits(actual.credits()));
        return myself;
    }

    /**
     * The credits paid by {@code debtor} to {@code creditor} add up to exactly this amount
     * ({@code "0.00 USD"} when there is none), e.g. a month's credit note.
     *
     * @param debtor the id of the party expected to pay
     * @param creditor the id of the party expected to be paid
     * @param amount the expected amount with its currency code, e.g. {@code "100.00 USD"}
     * @return this assertion, for further checks
     */
    public EvaluationAssert creditsInTotal(String debtor, String creditor, String amount) {
        return inTotal(DecisionView.CREDITS, "credit", debtor, creditor, amount);
    }

    /** The decisions of one kind from {@code debtor} to {@code creditor} add up to {@code amount}. */
    private <D extends Decision> EvaluationAssert inTotal(DecisionView<D> view, String verb, String debtor,
                                                          String creditor, String amount) {
        Objects.requireNonNull(debtor, "debtor");
        Objects.requireNonNull(creditor, "creditor");
        Money expected = Money.parse(amount);
        if (skip()) {
            return myself;
        }
        List<D> owed = view.all(actual).stream()
                .filter(d -> d.debtor().equals(debtor) && d.creditor().equals(creditor)).toList();
        Money total = owed.stream().map(Decision::amount).reduce(Money::plus).orElse(Money.zero(expected.currency()));
        if (!total.equals(expected)) {
            fail(total.toString(), expected.toString(), "Expecting " + Texts.evaluation(actual) + " to have " + debtor
                    + " " + verb + " " + creditor + " in total:\n  " + expected + "\nbut the " + view.many()
                    + " add up to:\n  " + total + "\n" + view.heading() + ":\n" + view.lines(view.all(actual))
                    + view.explanations(owed));
        }
        return myself;
    }

    private String attributions() {
        return actual.attributions().isEmpty() ? "\nAttributions: none (no obligation is late)."
                : "\nAttributions:\n" + actual.attributions().stream().map(a -> "  " + Texts.attribution(a))
                .collect(Collectors.joining("\n"));
    }
}
