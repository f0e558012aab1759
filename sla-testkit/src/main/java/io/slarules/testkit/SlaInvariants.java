package io.slarules.testkit;

import io.slarules.CreditDecision;
import io.slarules.Decision;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The library's guarantees, written once: whatever the agreement, the timeline and the rule packs,
 * every evaluation keeps them. Each check throws an {@link InvariantViolation} naming the invariant
 * and every decision or attribution that breaks it.
 *
 * <ul>
 *   <li>{@link Invariant#SHARES_ADD_UP}: an attribution's shares add up exactly to its total delay,
 *       each party's segments to that party's share; none is negative; each responsible is a party
 *       of the agreement or {@code EXCUSED}; an attribution reported is late.</li>
 *   <li>{@link Invariant#ONLY_ATTRIBUTED_TIME_IS_PRICED}: no party pays for time attributed to
 *       another party or excused. A decision rests on a clause that lists its obligation, names the
 *       clause's debtor and creditor, prices at most the units of the delay the debtor answers for
 *       (its own share and those of the subcontractors it engaged, {@link Agreement#answeredBy})
 *       counted with the clause's unit and rounding, at most at the clause's rate, and bills at
 *       most that price rounded to the currency's minor unit.</li>
 *   <li>{@link Invariant#CAPS_HOLD}: no decision is negative or in another currency than the
 *       agreement's; no decision exceeds its clause's cap, nor do the decisions under one clause
 *       together.</li>
 *   <li>{@link Invariant#UNIQUE_DECISION_IDS}: decision ids are unique within an evaluation, penalties
 *       and credits together.</li>
 *   <li>{@link Invariant#ONE_DECISION_EACH}: one decision per clause, subject, debtor and creditor
 *       (for credits: per clause, window, kind, subject, debtor and creditor): two rules that both
 *       price one delay (a pack that adds a pricing rule and forgets to replace the default one) never
 *       give two decisions.</li>
 *   <li>{@link Invariant#SAME_ON_RE_RUN}: evaluating the same input again gives an equal evaluation:
 *       the same decisions with the same ids and amounts as written, the same explanation.</li>
 *   <li>{@link Invariant#INDEPENDENT_OF_EVENT_ORDER}: a timeline of the same events in another
 *       order, some given twice, gives an equal evaluation.</li>
 * </ul>
 *
 * <p>Service levels:
 * <ul>
 *   <li>{@link Invariant#OBJECTIVE_RESULTS_CONSISTENT}: one result per objective and window, inside
 *       the agreement's dates; availability: lost time per responsible not negative, a party's or
 *       {@code EXCUSED}, subcontractors counted for the party that engaged them, all of it within
 *       the window, the achieved level (24x7) exactly the uptime of the obligated party's share over
 *       the denominator, truncated; met exactly when the level reaches the target; time-to: a case
 *       breached exactly when it took longer than its target (an open case only when breached), no
 *       pause attributed to the obligated party's side, the achieved share the cases in time; quota:
 *       the shortfall is what the count lacks, its shares by party add up to it, met exactly when
 *       none of it is the obligated party's own.</li>
 *   <li>{@link Invariant#CREDITS_REST_ON_THEIR_CLAUSE}: a credit names its clause's objective,
 *       debtor and creditor (the other way round for bonuses and earn-backs), follows a breached
 *       window (a met one for bonuses and earn-backs), is priced at the band the achieved level lies
 *       in, the clause's amount per breached case or per unit short on the debtor's own account; an earn-back pays back a credit
 *       the history records, to the cent.</li>
 *   <li>{@link Invariant#CREDITS_RESPECT_CAPS}: credits are never more than their price, nor
 *       (together) more than the clause's cap for the window, the monthly cap or the room the
 *       rolling cap leaves (from the history), caps rounded down to the cent; an uncapped credit is
 *       never below the minimum credit; bonuses and earn-backs are not capped; the history returned
 *       records each month's fees and credits.</li>
 *   <li>{@link Invariant#OTHERS_DOWNTIME_COSTS_NOTHING} (needs an engine): taking force majeure and
 *       other parties' faults out of the timeline, and cutting the obligated party's own faults and maintenance
 *       where they covered them, changes neither the obligated party's lost time nor, with the whole
 *       window as denominator, the levels and the credits.</li>
 * </ul>
 *
 * <p>Compensation split into parts is not in the model yet; its invariants will come with it.
 *
 * <p>{@link #checking(SlaEngine)} wraps an engine so every evaluation it gives is checked; the
 * JUnit extension injects such an engine. {@code io.slarules.testkit.properties} runs the checks as
 * jqwik properties over generated agreements and timelines.
 */
public final class SlaInvariants {

    /** One guarantee of the library. */
    public enum Invariant {
        /** Shares add up exactly to the total delay, each party's segments to its share. */
        SHARES_ADD_UP("every attribution's shares add up exactly to its total delay, and each party's segments to its share"),
        /** No party pays for time attributed to another party or excused. */
        ONLY_ATTRIBUTED_TIME_IS_PRICED("no party pays for time attributed to another party or excused"),
        /** No decision is negative or above a cap that applies to it. */
        CAPS_HOLD("no penalty is negative or exceeds a cap that applies to it"),
        /** Decision ids are unique within an evaluation. */
        UNIQUE_DECISION_IDS("decision ids are unique within an evaluation"),
        /** One decision per clause and subject (and window, for credits). */
        ONE_DECISION_EACH("one decision per clause, subject, debtor and creditor (and window, for credits):"
                + " no two rules price the same thing"),
        /** Objective results agree with their own figures. */
        OBJECTIVE_RESULTS_CONSISTENT("every objective result fits its window: lost time counted once and never more"
                + " than the window, the achieved level agrees with it, met means the target was reached"),
        /** A credit rests on its clause and on the result of its window. */
        CREDITS_REST_ON_THEIR_CLAUSE("every credit rests on its clause and on its window's result: the clause's debtor"
                + " pays for a missed objective, a breached case or a shortfall, at the clause's price"),
        /** No credit is negative or above a cap that applies to it. */
        CREDITS_RESPECT_CAPS("no service credit is negative or exceeds its clause's cap for the window, the monthly"
                + " cap or the room the rolling cap leaves; a month's credits add up to what its history records"),
        /** Downtime of other parties or excused costs the obligated party nothing. */
        OTHERS_DOWNTIME_COSTS_NOTHING("downtime attributed to other parties or excused costs the obligated party"
                + " nothing: taking it out of the timeline changes neither its lost time nor its credits"),
        /** The same input gives the same evaluation. */
        SAME_ON_RE_RUN("evaluating the same input again gives the same evaluation, decision ids included"),
        /** The order of the timeline's events does not matter. */
        INDEPENDENT_OF_EVENT_ORDER("the evaluation does not depend on the order of the timeline's events");

        private final String sentence;

        Invariant(String sentence) {
            this.sentence = sentence;
        }

        /** {@return the invariant in words} */
        public String sentence() {
            return sentence;
        }
    }

    private SlaInvariants() {
    }

    /**
     * An engine that evaluates with {@code engine} and checks every evaluation it gives: the
     * invariants of the evaluation itself, then a re-run, then the same timeline's events in
     * reverse order with every other one given twice. Each evaluation thus costs three (four when
     * the timeline holds downtime of others: see {@link Invariant#OTHERS_DOWNTIME_COSTS_NOTHING}).
     *
     * @param engine the engine that evaluates
     * @return the checking engine ({@code engine} itself when it already checks)
     */
    public static SlaEngine checking(SlaEngine engine) {
        Objects.requireNonNull(engine, "engine");
        return engine instanceof InvariantCheckingEngine ? engine : new InvariantCheckingEngine(engine);
    }

    /**
     * Evaluates the input with {@code engine} and checks every invariant, re-runs included.
     *
     * @return the evaluation, checked
     * @throws InvariantViolation for the first invariant broken
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     */
    public static Evaluation evaluateAndCheck(SlaEngine engine, Agreement agreement, DateRange period, Timeline timeline) {
        return evaluateAndCheck(engine, agreement, period, timeline, History.empty());
    }

    /**
     * Evaluates the input with {@code engine}, given what earlier evaluations decided, and checks
     * every invariant: those of the evaluation itself, a re-run with the same history, the events
     * reversed with every other one given twice, and (when the timeline holds downtime of others)
     * {@link Invariant#OTHERS_DOWNTIME_COSTS_NOTHING}.
     *
     * @return the evaluation, checked
     * @throws InvariantViolation for the first invariant broken
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param history the earlier evaluations' history the evaluation reads
     */
    public static Evaluation evaluateAndCheck(SlaEngine engine, Agreement agreement, DateRange period, Timeline timeline,
                                              History history) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(history, "history");
        Evaluation evaluation = engine.evaluate(agreement, period, timeline, history);
        check(agreement, evaluation);
        sameOnReRun(engine, agreement, period, timeline, history, evaluation);
        independentOfEventOrder(engine, agreement, period, timeline, history, evaluation,
                reversedWithDuplicates(timeline));
        othersDowntimeCostsNothing(engine, agreement, period, timeline, history, evaluation);
        return evaluation;
    }

    /**
     * Checks the invariants one evaluation keeps by itself: {@link Invariant#SHARES_ADD_UP},
     * {@link Invariant#ONLY_ATTRIBUTED_TIME_IS_PRICED}, {@link Invariant#CAPS_HOLD} and
     * {@link Invariant#UNIQUE_DECISION_IDS}.
     *
     * @throws InvariantViolation for the first invariant broken
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void check(Agreement agreement, Evaluation evaluation) {
        sharesAddUp(agreement, evaluation);
        onlyAttributedTimeIsPriced(agreement, evaluation);
        capsHold(agreement, evaluation);
        decisionIdsAreUnique(evaluation);
        oneDecisionEach(evaluation);
        objectiveResultsAreConsistent(agreement, evaluation);
        creditsRestOnTheirClause(agreement, evaluation);
        creditsRespectCaps(agreement, evaluation);
    }

    /**
     * {@link Invariant#OBJECTIVE_RESULTS_CONSISTENT}, as the class describes it.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void objectiveResultsAreConsistent(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        report(Invariant.OBJECTIVE_RESULTS_CONSISTENT, evaluation, ServiceLevelInvariants.results(agreement, evaluation),
                Texts.block("Objective results", Texts.results(evaluation.objectives())));
    }

    /**
     * {@link Invariant#CREDITS_REST_ON_THEIR_CLAUSE}, as the class describes it.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void creditsRestOnTheirClause(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        report(Invariant.CREDITS_REST_ON_THEIR_CLAUSE, evaluation, ServiceLevelInvariants.clauses(agreement, evaluation),
                Texts.block("Objective results", Texts.results(evaluation.objectives()))
                        + Texts.block("Credits", Texts.credits(evaluation.credits())));
    }

    /**
     * {@link Invariant#CREDITS_RESPECT_CAPS}, as the class describes it; the rolling cap reads the evaluation's
     * history.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void creditsRespectCaps(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        report(Invariant.CREDITS_RESPECT_CAPS, evaluation, ServiceLevelInvariants.caps(agreement, evaluation),
                Texts.block("Credits", Texts.credits(evaluation.credits())));
    }

    /**
     * {@link Invariant#OTHERS_DOWNTIME_COSTS_NOTHING}: evaluates the timeline without force majeure
     * and other parties' faults (the obligated party's faults cut where they covered them) and
     * compares with {@code first}. Does nothing when the timeline holds no such downtime.
     *
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param history the earlier evaluations' history the evaluation reads
     * @param first the evaluation already made of the same input
     */
    public static void othersDowntimeCostsNothing(SlaEngine engine, Agreement agreement, DateRange period,
                                                  Timeline timeline, History history, Evaluation first) {
        Objects.requireNonNull(engine, "engine");
        Optional<Timeline> without = OthersDowntime.removed(agreement, timeline);
        if (without.isEmpty()) {
            return;
        }
        Evaluation other = engine.evaluate(agreement, period, without.get(), history);
        report(Invariant.OTHERS_DOWNTIME_COSTS_NOTHING, first, OthersDowntime.differences(agreement, first, other),
                Texts.block("Timeline without others' downtime", without.get().events().stream()
                        .map(TimelineEvent::toString).collect(java.util.stream.Collectors.joining("\n"))));
    }

    /**
     * {@link Invariant#SHARES_ADD_UP}: every attribution is late; its shares add up exactly to its
     * total; no share or segment is negative; one share per responsible, each a party of the
     * agreement or {@code EXCUSED}; each party's segments add up to its share.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void sharesAddUp(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        List<String> violations = new ArrayList<>();
        for (DelayAttribution a : evaluation.attributions()) {
            String about = "attribution of " + a.subject() + " (" + Texts.attribution(a) + ")";
            if (agreement.obligation(a.subject()).isEmpty()) {
                violations.add(about + ": no obligation of the agreement has this id");
            }
            if (!a.isLate()) {
                violations.add(about + ": reported, but its total is " + Texts.duration(a.total()));
            }
            Duration sum = Duration.ZERO;
            Map<Responsible, Duration> shares = new LinkedHashMap<>();
            for (Share share : a.shares()) {
                sum = sum.plus(share.length());
                if (share.length().isNegative()) {
                    violations.add(about + ": negative share of " + share.responsible());
                }
                if (shares.put(share.responsible(), share.length()) != null) {
                    violations.add(about + ": two shares of " + share.responsible());
                }
                if (!share.responsible().isExcused() && agreement.party(share.responsible().id()).isEmpty()) {
                    violations.add(about + ": a share of " + share.responsible() + ", who is no party of the agreement");
                }
            }
            if (!sum.equals(a.total())) {
                violations.add(about + ": the shares add up to " + Texts.duration(sum) + ", not to the total "
                        + Texts.duration(a.total()));
            }
            Map<Responsible, Duration> bySegments = new LinkedHashMap<>();
            for (Segment s : a.segments()) {
                if (s.length().isNegative()) {
                    violations.add(about + ": negative segment " + s);
                }
                bySegments.merge(s.responsible(), s.length(), Duration::plus);
            }
            bySegments.values().removeIf(Duration::isZero);
            Map<Responsible, Duration> nonZero = new LinkedHashMap<>(shares);
            nonZero.values().removeIf(Duration::isZero);
            if (!bySegments.equals(nonZero)) {
                violations.add(about + ": segments per party " + durations(bySegments) + " differ from the shares "
                        + durations(nonZero));
            }
        }
        report(Invariant.SHARES_ADD_UP, evaluation, violations, "");
    }

    /**
     * {@link Invariant#ONLY_ATTRIBUTED_TIME_IS_PRICED}: every decision rests on a clause of the
     * agreement that lists its obligation and names its debtor and creditor; it prices at most the
     * units of the delay its debtor answers for (counted with the clause's unit and rounding), at
     * most at the clause's rate, and bills at most that price rounded to the currency's minor unit
     * with the agreement's rounding.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void onlyAttributedTimeIsPriced(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        List<String> violations = new ArrayList<>();
        StringBuilder context = new StringBuilder();
        for (PenaltyDecision d : evaluation.penalties()) {
            String about = DecisionView.PENALTIES.about(d);
            Optional<LiquidatedDamages> found = clause(agreement, d.clause());
            if (found.isEmpty()) {
                violations.add(about + ": the agreement has no liquidated-damages clause " + d.clause());
                continue;
            }
            LiquidatedDamages clause = found.get();
            int before = violations.size();
            if (!clause.obligations().contains(d.subject())) {
                violations.add(about + ": clause " + clause.id() + " does not cover " + d.subject());
            }
            if (!d.debtor().equals(clause.debtor()) || !d.creditor().equals(clause.creditor())) {
                violations.add(about + ": clause " + clause.id() + " makes " + clause.debtor() + " pay "
                        + clause.creditor());
            }
            if (d.unit() != clause.unit()) {
                violations.add(about + ": counted in " + d.unit() + ", the clause counts in " + clause.unit());
            }
            List<String> answering = agreement.answeredBy(clause.debtor());
            Duration share = evaluation.attribution(d.subject()).map(a -> a.shareOfAny(answering)).orElse(Duration.ZERO);
            long units = units(share, clause);
            if (d.delay() < 0 || d.delay() > units) {
                violations.add(about + ": priced " + d.delay() + " " + clause.unit().label(d.delay()) + ", but "
                        + clause.debtor() + " answers for " + Texts.duration(share) + " of " + d.subject()
                        + "'s delay (" + String.join(", ", answering) + "), " + units + " "
                        + clause.unit().label(units) + " counted " + clause.rounding());
            }
            BigDecimal rate = exact(clause.rate(), clause);
            BigDecimal most = rate.multiply(BigDecimal.valueOf(Math.max(0, d.delay())));
            if (d.priced().currency().equals(agreement.currency()) && d.priced().amount().compareTo(most) > 0) {
                violations.add(about + ": priced at " + d.priced() + ", more than " + d.delay() + " x "
                        + rate.toPlainString() + " = " + most.toPlainString());
            }
            if (d.amount().currency().equals(d.priced().currency())) {
                Money rounded = d.priced().rounded(agreement.moneyRounding());
                if (d.amount().compareTo(rounded) > 0) {
                    violations.add(about + ": bills " + d.amount() + ", more than its price " + d.priced()
                            + " rounded " + agreement.moneyRounding() + " (" + rounded + ")");
                }
            }
            if (violations.size() > before) {
                context.append(DecisionView.PENALTIES.explanation(d));
            }
        }
        report(Invariant.ONLY_ATTRIBUTED_TIME_IS_PRICED, evaluation, violations, context.toString());
    }

    /**
     * {@link Invariant#CAPS_HOLD}: no decision's amount or price is negative or in another
     * currency than the agreement's; no decision exceeds its clause's cap (exact), nor do the
     * decisions under one clause together.
     *
     * @param agreement the agreement evaluated
     * @param evaluation the agreement's evaluation
     */
    public static void capsHold(Agreement agreement, Evaluation evaluation) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(evaluation, "evaluation");
        List<String> violations = new ArrayList<>();
        StringBuilder context = new StringBuilder();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (PenaltyDecision d : evaluation.penalties()) {
            String about = DecisionView.PENALTIES.about(d);
            int before = violations.size();
            // a clause paid in another currency converts its amount at the decision: the cap holds in its price
            java.util.Currency paid = clause(agreement, d.clause()).flatMap(LiquidatedDamages::payIn)
                    .orElse(agreement.currency());
            if (!paid.equals(agreement.currency()) && d.amount().currency().equals(paid)
                    && d.priced().currency().equals(agreement.currency())) {
                if (DecisionView.PENALTIES.negative(d)) {
                    violations.add(about + ": negative amount " + d.amount() + " or price " + d.priced());
                }
            } else if (!DecisionView.PENALTIES.inCurrency(d, agreement.currency())) {
                violations.add(DecisionView.PENALTIES.notIn(d, agreement.currency()));
            } else {
                if (DecisionView.PENALTIES.negative(d)) {
                    violations.add(about + ": negative amount " + d.amount() + " or price " + d.priced());
                }
                Optional<BigDecimal> cap = clause(agreement, d.clause()).flatMap(SlaInvariants::cap);
                if (cap.isPresent() && d.amount().amount().compareTo(cap.get()) > 0) {
                    violations.add(about + ": " + d.amount() + " exceeds the cap of clause " + d.clause() + ", "
                            + cap.get().toPlainString() + " " + agreement.currency());
                }
                sums.merge(d.clause(), d.amount().amount(), BigDecimal::add);
            }
            if (violations.size() > before) {
                context.append(DecisionView.PENALTIES.explanation(d));
            }
        }
        sums.forEach((id, sum) -> clause(agreement, id).flatMap(SlaInvariants::cap).ifPresent(cap -> {
            if (sum.compareTo(cap) > 0) {
                violations.add("the decisions under clause " + id + " add up to " + sum.toPlainString() + " "
                        + agreement.currency() + ", more than its cap " + cap.toPlainString());
            }
        }));
        report(Invariant.CAPS_HOLD, evaluation, violations, context.toString());
    }

    /**
     * {@link Invariant#ONE_DECISION_EACH}: no two penalty decisions for one clause, subject, debtor and
     * creditor, no two credits for one clause, window, kind, subject, debtor and creditor, whatever
     * their ids.
     *
     * @param evaluation the evaluation
     * @throws InvariantViolation naming each decision given twice
     */
    public static void oneDecisionEach(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<String> violations = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (PenaltyDecision d : evaluation.penalties()) {
            if (!seen.add(List.of("penalty", d.clause(), d.subject(), d.debtor(), d.creditor()))) {
                violations.add("a second decision under clause " + d.clause() + " for " + d.subject() + " from "
                        + d.debtor() + " to " + d.creditor() + ": " + Texts.decision(d));
            }
        }
        for (CreditDecision d : evaluation.credits()) {
            if (!seen.add(List.of("credit", d.clause(), d.window().toString(), d.kind().name(), d.subject(), d.debtor(),
                    d.creditor()))) {
                violations.add("a second " + d.kind() + " under clause " + d.clause() + " for " + d.subject() + " in "
                        + d.window() + " from " + d.debtor() + " to " + d.creditor() + ": " + Texts.credit(d));
            }
        }
        report(Invariant.ONE_DECISION_EACH, evaluation, violations,
                Texts.block("Decisions", Texts.decisions(evaluation.penalties()))
                        + Texts.block("Credits", Texts.credits(evaluation.credits())));
    }

    /**
     * {@link Invariant#UNIQUE_DECISION_IDS}: no two decisions of the evaluation share an id.
     *
     * @param evaluation the agreement's evaluation
     */
    public static void decisionIdsAreUnique(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<String> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Decision d : evaluation.decisions()) {
            if (!ids.add(d.id())) {
                violations.add("id " + d.id() + " is used twice; again by " + DecisionView.lineOf(d));
            }
        }
        report(Invariant.UNIQUE_DECISION_IDS, evaluation, violations, "");
    }

    /**
     * {@link Invariant#SAME_ON_RE_RUN}: evaluating the input again with {@code engine} gives an
     * evaluation equal to {@code first}, amounts written with the same digits.
     *
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param first the evaluation already made of the same input
     */
    public static void sameOnReRun(SlaEngine engine, Agreement agreement, DateRange period, Timeline timeline,
                                   Evaluation first) {
        sameOnReRun(engine, agreement, period, timeline, History.empty(), first);
    }

    /**
     * {@link Invariant#SAME_ON_RE_RUN} given what earlier evaluations decided: evaluating the
     * input again with the same history gives an evaluation equal to {@code first}.
     *
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param history the earlier evaluations' history the evaluation reads
     * @param first the evaluation already made of the same input
     */
    public static void sameOnReRun(SlaEngine engine, Agreement agreement, DateRange period, Timeline timeline,
                                   History history, Evaluation first) {
        Objects.requireNonNull(engine, "engine");
        Evaluation again = engine.evaluate(agreement, period, timeline, history);
        report(Invariant.SAME_ON_RE_RUN, first, differences(first, again, "the re-run"), "");
    }

    /**
     * {@link Invariant#INDEPENDENT_OF_EVENT_ORDER}: evaluating {@code reordered} (the same events
     * as {@code timeline}, in another order, some perhaps twice) gives an evaluation equal to
     * {@code first}.
     *
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param first the evaluation already made of the same input
     * @param reordered the same events in another order, some given twice
     */
    public static void independentOfEventOrder(SlaEngine engine, Agreement agreement, DateRange period,
                                               Timeline timeline, Evaluation first, List<TimelineEvent> reordered) {
        independentOfEventOrder(engine, agreement, period, timeline, History.empty(), first, reordered);
    }

    /**
     * {@link Invariant#INDEPENDENT_OF_EVENT_ORDER} given what earlier evaluations decided: the
     * reordered events with the same history give an evaluation equal to {@code first}.
     *
     * @param engine the engine that evaluates
     * @param agreement the agreement evaluated
     * @param period the dates the evaluation settles
     * @param timeline what happened, from the agreement's start
     * @param history the earlier evaluations' history the evaluation reads
     * @param first the evaluation already made of the same input
     * @param reordered the same events in another order, some given twice
     */
    public static void independentOfEventOrder(SlaEngine engine, Agreement agreement, DateRange period,
                                               Timeline timeline, History history, Evaluation first,
                                               List<TimelineEvent> reordered) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(reordered, "reordered");
        Evaluation other = engine.evaluate(agreement, period, Timeline.of(reordered), history);
        List<String> violations = differences(first, other, "the timeline with its events in the order "
                + reordered.stream().map(TimelineEvent::id).toList());
        report(Invariant.INDEPENDENT_OF_EVENT_ORDER, first, violations, "");
    }

    /**
     * {@return the timeline's events shuffled by {@code seed}, about one in four given twice}
     *
     * @param timeline what happened, from the agreement's start
     * @param seed the seed of the shuffle, so a failure can be replayed
     */
    public static List<TimelineEvent> shuffledWithDuplicates(Timeline timeline, long seed) {
        Random random = new Random(seed);
        List<TimelineEvent> events = new ArrayList<>(timeline.events());
        for (TimelineEvent e : timeline.events()) {
            if (random.nextInt(4) == 0) {
                events.add(e);
            }
        }
        Collections.shuffle(events, random);
        return events;
    }

    /** The timeline's events in reverse order, every other one given twice. */
    static List<TimelineEvent> reversedWithDuplicates(Timeline timeline) {
        List<TimelineEvent> events = new ArrayList<>(timeline.events());
        Collections.reverse(events);
        List<TimelineEvent> withDuplicates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            withDuplicates.add(events.get(i));
            if (i % 2 == 0) {
                withDuplicates.add(events.get(i));
            }
        }
        return withDuplicates;
    }

    private static List<String> differences(Evaluation first, Evaluation other, String what) {
        List<String> violations = new ArrayList<>();
        if (!other.attributions().equals(first.attributions())) {
            violations.add(what + " attributes differently:\n  first: " + first.attributions().stream()
                    .map(Texts::attribution).toList() + "\n  then:  " + other.attributions().stream()
                    .map(Texts::attribution).toList());
        }
        List<String> written = written(first.penalties());
        List<String> writtenAgain = written(other.penalties());
        if (!writtenAgain.equals(written) || !other.penalties().equals(first.penalties())) {
            violations.add(what + " decides differently:\n  first: " + written + "\n  then:  " + writtenAgain);
        }
        if (!other.objectives().equals(first.objectives())) {
            violations.add(what + " measures differently:\n  first:\n" + Texts.results(first.objectives())
                    + "\n  then:\n" + Texts.results(other.objectives()));
        }
        List<String> credits = written(first.credits());
        List<String> creditsAgain = written(other.credits());
        if (!creditsAgain.equals(credits) || !other.credits().equals(first.credits())) {
            violations.add(what + " credits differently:\n  first: " + credits + "\n  then:  " + creditsAgain);
        }
        if (!other.history().equals(first.history())) {
            violations.add(what + " returns another history:\n  first: " + first.history() + "\n  then:  "
                    + other.history());
        }
        if (!other.explain().equals(first.explain())) {
            violations.add(what + " explains differently:\n  first:\n" + first.explain() + "\n  then:\n" + other.explain());
        }
        if (violations.isEmpty() && !other.equals(first)) {
            violations.add(what + " differs: " + other + " instead of " + first);
        }
        return violations;
    }

    /** Each decision as a re-run must write it again: id, line and price before any cap. */
    private static List<String> written(List<? extends Decision> decisions) {
        return decisions.stream().map(d -> d.id() + " " + DecisionView.lineOf(d) + " priced " + DecisionView.pricedOf(d))
                .toList();
    }

    private static void report(Invariant invariant, Evaluation evaluation, List<String> violations, String context) {
        if (!violations.isEmpty()) {
            throw new InvariantViolation(invariant, evaluation.agreementId(), evaluation.period().toString(),
                    violations, context);
        }
    }

    private static Optional<LiquidatedDamages> clause(Agreement agreement, String id) {
        for (PenaltyClause c : agreement.penalties()) {
            if (c.id().equals(id) && c instanceof LiquidatedDamages ld) {
                return Optional.of(ld);
            }
        }
        return Optional.empty();
    }

    /** The clause's cap, exact, computed here from its terms rather than by the model's helpers. */
    private static Optional<BigDecimal> cap(LiquidatedDamages clause) {
        return clause.cap().map(c -> exact(c, clause));
    }

    private static BigDecimal exact(Amount amount, LiquidatedDamages clause) {
        if (amount instanceof Amount.PercentOfValue p) {
            return clause.value().orElseThrow().amount().multiply(p.percent()).movePointLeft(2);
        }
        return ((Amount.Fixed) amount).money().amount();
    }

    /**
     * The most units a clause can count in a delay: whole units of its length (a week is 7 days), one more for a
     * started unit when it counts started units or pro rata (whose whole count is the started one), and 1 for any
     * delay when it counts once.
     */
    static long units(Duration delay, LiquidatedDamages clause) {
        long unitNanos = clause.unit().length().toNanos() * clause.unitMultiple();
        long nanos = delay.toNanos();
        long whole = nanos / unitNanos;
        return switch (clause.rounding()) {
            case DOWN -> whole;
            case UP, PRO_RATA -> nanos % unitNanos != 0 ? whole + 1 : whole;
            case ONCE -> nanos > 0 ? 1 : 0;
            default -> throw new IllegalStateException("SLA Rules: a counting the test kit does not know: "
                    + clause.rounding());
        };
    }

    private static String durations(Map<Responsible, Duration> byParty) {
        List<String> parts = new ArrayList<>();
        byParty.forEach((who, length) -> parts.add(who.id() + " " + Texts.duration(length)));
        return parts.toString();
    }
}
