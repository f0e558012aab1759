package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.Decision;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.money.Money;

import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How the test kit's assertions and invariants speak of one kind of {@link Decision}: the words
 * for it, its line in a failure, and the two figures {@code Decision} leaves to its kinds (the
 * price before any cap, whether a cap reduced it). One view per kind, so a check written once over
 * {@code Decision} words its failure as the penalty's or the credit's own check always did.
 *
 * @param <D> the kind of decision
 */
final class DecisionView<D extends Decision> {

    static final DecisionView<PenaltyDecision> PENALTIES = new DecisionView<>("penalty decision", "decision",
            "decisions", Evaluation::penalties, Texts::decision, Texts::decisions, PenaltyDecision::priced,
            PenaltyDecision::capped, "reduced by its cap");

    static final DecisionView<CreditDecision> CREDITS = new DecisionView<>("credit", "credit", "credits",
            Evaluation::credits, Texts::credit, Texts::credits, CreditDecision::priced, CreditDecision::capped,
            "reduced by a cap");

    private final String noun;
    private final String one;
    private final String many;
    private final Function<Evaluation, List<D>> all;
    private final Function<D, String> line;
    private final Function<List<D>, String> lines;
    private final Function<D, Money> priced;
    private final Predicate<D> capped;
    private final String reduced;

    private DecisionView(String noun, String one, String many, Function<Evaluation, List<D>> all,
                         Function<D, String> line, Function<List<D>, String> lines, Function<D, Money> priced,
                         Predicate<D> capped, String reduced) {
        this.noun = noun;
        this.one = one;
        this.many = many;
        this.all = all;
        this.line = line;
        this.lines = lines;
        this.priced = priced;
        this.capped = capped;
        this.reduced = reduced;
    }

    /** The line about a decision of either kind, as its own kind writes it. */
    static String lineOf(Decision d) {
        return d instanceof PenaltyDecision p ? PENALTIES.line(p) : CREDITS.line((CreditDecision) d);
    }

    /** The amount before any cap of a decision of either kind. */
    static Money pricedOf(Decision d) {
        return d instanceof PenaltyDecision p ? PENALTIES.priced(p) : CREDITS.priced((CreditDecision) d);
    }

    /** What "to have a ..." and "exactly one ..." call it: {@code penalty decision}, {@code credit}. */
    String noun() {
        return noun;
    }

    /** What a sentence about one of them calls it: {@code decision}, {@code credit}. */
    String one() {
        return one;
    }

    /** What a sentence about several calls them: {@code decisions}, {@code credits}. */
    String many() {
        return many;
    }

    /** The heading over every decision of this kind: {@code Decisions of the evaluation}. */
    String heading() {
        return Character.toUpperCase(many.charAt(0)) + many.substring(1) + " of the evaluation";
    }

    /** The evaluation's decisions of this kind. */
    List<D> all(Evaluation evaluation) {
        return all.apply(evaluation);
    }

    /** One line about a decision: its clause, subject, who pays whom and how much. */
    String line(D d) {
        return line.apply(d);
    }

    /** Every decision listed, one per line, or a word saying there is none. */
    String lines(List<D> decisions) {
        return lines.apply(decisions);
    }

    /** A decision's amount before any cap. */
    Money priced(D d) {
        return priced.apply(d);
    }

    /** Whether a cap reduced a decision. */
    boolean capped(D d) {
        return capped.test(d);
    }

    /** How a criterion says a cap reduced a decision: a penalty has its clause's cap, a credit three. */
    String reduced() {
        return reduced;
    }

    /** How an invariant names a decision it finds at fault: {@code decision PD-… (under clause …)}. */
    String about(D d) {
        return one + " " + d.id() + " (" + line(d) + ")";
    }

    /** Whether a decision's amount and its price before any cap are both in this currency. */
    boolean inCurrency(D d, Currency currency) {
        return d.amount().currency().equals(currency) && priced(d).currency().equals(currency);
    }

    /** Whether a decision's amount or its price before any cap is below zero. */
    boolean negative(D d) {
        return d.amount().isNegative() || priced(d).isNegative();
    }

    /** The violation of a decision whose amount or price is not in the agreement's currency. */
    String notIn(D d, Currency currency) {
        return about(d) + ": amount " + d.amount() + " or price " + priced(d) + " is not in " + currency;
    }

    /** A decision's explanation, set apart under a heading naming it. */
    String explanation(D d) {
        return Texts.block("Explanation of " + one + " " + d.id(), d.explanation());
    }

    /** The explanations of every decision listed, one block each. */
    String explanations(List<D> decisions) {
        return decisions.stream().map(this::explanation).collect(Collectors.joining());
    }
}
