package io.slarules.rules.internal.engine;

import io.slarules.rules.internal.deadlines.Derivation;
import io.slarules.rules.internal.deadlines.Results;
import io.slarules.rules.internal.watch.DroolsMonitor;
import io.slarules.rules.internal.deadlines.Normalisation;
import io.slarules.rules.internal.servicelevels.ServiceLevelRun;
import io.slarules.BatchOptions;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.model.Agreement;
import io.slarules.model.BlockedInterval;
import io.slarules.model.DateRange;
import io.slarules.model.History;
import io.slarules.model.ForceMajeure;
import io.slarules.model.Interval;
import io.slarules.model.PenaltyClause;
import io.slarules.model.Timeline;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.facts.Charge;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;
import io.slarules.rules.internal.facts.TerminationRight;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine over the Drools rule base: one shared {@link KieBase}, one session per evaluation
 * (in a batch, one per chunk of evaluations, reset between them), always disposed.
 */
public final class DroolsSlaEngine implements SlaEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsSlaEngine.class);

    private final RuleBase rules;
    private final KieBase kieBase;
    private final int maxRuleFirings;
    private final Optional<Duration> maxEvaluationTime;
    /** Null without a time budget: then evaluations run on the caller's thread, at no extra cost. */
    private final TimeBudget timeBudget;

    DroolsSlaEngine(RuleBase rules, int maxRuleFirings, Optional<Duration> maxEvaluationTime) {
        this(rules, maxRuleFirings, maxEvaluationTime, 4);
    }

    DroolsSlaEngine(RuleBase rules, int maxRuleFirings, Optional<Duration> maxEvaluationTime, int maxAbandoned) {
        this.rules = rules;
        this.kieBase = rules.kieBase();
        this.maxRuleFirings = maxRuleFirings;
        this.maxEvaluationTime = maxEvaluationTime;
        this.timeBudget = maxEvaluationTime.map(b -> new TimeBudget(b, maxAbandoned, rules::packOf,
                stack -> ConditionRules.ruleOf(kieBase, stack))).orElse(null);
    }

    /** The time budget, or {@code null} when evaluations are bounded by the firing limit alone. */
    public TimeBudget timeBudget() {
        return timeBudget;
    }

    /** The KieBase of this engine's sessions; tests check that none is left undisposed. */
    public KieBase kieBase() {
        return kieBase;
    }

    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        return evaluate(agreement, period, timeline, history, period.toInterval(agreement.zone()).endExclusive());
    }

    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                               java.time.Instant asOf) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        if (timeBudget == null) {
            return evaluate(agreement, period, timeline, history, asOf, ChunkSessions.perEvaluation(kieBase));
        }
        return timeBudget.run(agreement.id(), () -> evaluate(agreement, period, timeline, history, asOf,
                ChunkSessions.perEvaluation(kieBase)), () -> { }, () -> { });
    }

    private Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                ChunkSessions sessions) {
        return evaluate(agreement, period, timeline, history, period.toInterval(agreement.zone()).endExclusive(),
                sessions);
    }

    private Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                java.time.Instant asOf, ChunkSessions sessions) {
        Evaluation deadlines = new Results(agreement, period, derive(agreement, period, timeline, history, asOf,
                sessions)).withPublishedRates(timeline.exchangeRates()).evaluation();
        return new ServiceLevelRun(this, sessions, agreement, period, timeline, history, asOf).addTo(deadlines);
    }

    @Override
    public io.slarules.watch.Monitor monitor(io.slarules.watch.WatchOptions options) {
        Objects.requireNonNull(options, "options");
        return new DroolsMonitor(this, options);
    }

    @Override
    public Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(options, "options");
        return BatchRun.stream(requests, options, this::evaluateChunk);
    }

    /**
     * Evaluates a chunk of a batch with one session, reset between the evaluations: measured 7 to
     * 15 % faster than a new session each, with 11 % less garbage (sla-bench/README.md). Each
     * outcome is what {@link #evaluate} gives or throws for its request.
     */
    private BatchRun.Chunk evaluateChunk(List<EvaluationRequest> chunk, boolean stopAtFailure) {
        if (timeBudget != null) {
            return evaluateChunkTimed(chunk, stopAtFailure);
        }
        ChunkSessions sessions = ChunkSessions.perChunk(kieBase);
        try {
            return BatchRun.each(chunk, stopAtFailure, r -> evaluate(r.agreement(), r.period(), r.timeline(),
                    r.history(), sessions));
        } finally {
            sessions.dispose();
        }
    }

    /**
     * A chunk with a time budget: each request on a worker within the budget, the chunk's session
     * handed from one to the next. An abandoned evaluation keeps the session it was given (its
     * worker disposes it when it ends, if ever); the next request starts a new one.
     */
    private BatchRun.Chunk evaluateChunkTimed(List<EvaluationRequest> chunk, boolean stopAtFailure) {
        ChunkSessions[] sessions = {ChunkSessions.perChunk(kieBase)};
        try {
            return BatchRun.each(chunk, stopAtFailure, r -> {
                ChunkSessions given = sessions[0];
                return timeBudget.run(r.agreementId(), () -> evaluate(r.agreement(), r.period(), r.timeline(),
                        r.history(), given), given::dispose, () -> sessions[0] = ChunkSessions.perChunk(kieBase));
            });
        } finally {
            sessions[0].dispose();
        }
    }

    /** Runs the rules and returns what they concluded, unordered; tests read the rules that fired here. */
    public Derivation derive(Agreement agreement, DateRange period, Timeline timeline) {
        return derive(agreement, period, timeline, History.empty(), period.toInterval(agreement.zone()).endExclusive(),
                ChunkSessions.perEvaluation(kieBase));
    }

    private Derivation derive(Agreement agreement, DateRange period, Timeline timeline, History history,
                              java.time.Instant asOf, ChunkSessions sessions) {
        requireValid(agreement, period, timeline, history, asOf);
        Interval instants = period.toInterval(agreement.zone());
        Normalisation normalisation = new Normalisation(agreement, instants, timeline, asOf);
        List<ObligationState> states = normalisation.obligationStates();
        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            Derivation derivation = run(session, agreement, instants, asOf, timeline, states, normalisation);
            evaluated = true;
            return derivation;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    private void requireValid(Agreement agreement, DateRange period, Timeline timeline, History history,
                              java.time.Instant asOf) {
        List<Problem> problems = new ArrayList<>();
        Interval instants = period.toInterval(agreement.zone());
        if (!asOf.isAfter(instants.startInclusive()) || asOf.isAfter(instants.endExclusive())) {
            problems.add(Problem.at("asOf", "", "as of " + asOf + " lies outside the period " + period + " ("
                    + instants.startInclusive() + " exclusive to " + instants.endExclusive() + " inclusive, in the"
                    + " agreement's zone " + agreement.zone() + ")"));
        }
        String policy = agreement.concurrentDelay().policy();
        if (!rules.policies().contains(policy)) {
            problems.add(Problem.at("agreement", "concurrentDelay.policy", "no rule of this engine implements policy "
                    + policy + " (known: " + String.join(", ", new java.util.TreeSet<>(rules.policies()))
                    + "); build the engine with the rule pack that adds it"));
        }
        try {
            timeline.requireConsistentWith(agreement);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        // a history built in code is held to what a history file is: no record read on trust
        problems.addAll(history.problems(agreement, Optional.of(period)));
        if (!period.overlaps(agreement.effective())) {
            problems.add(Problem.at("period", "", "period " + period + " lies outside the agreement's effective period "
                    + agreement.effective()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
    }

    private Derivation run(KieSession session, Agreement agreement, Interval period, java.time.Instant asOf,
                           Timeline timeline, List<ObligationState> states, Normalisation normalisation) {
        return fire(session, agreement.id(), s -> {
            s.insert(new EvaluationContext(agreement, period, asOf));
            states.forEach(s::insert);
            normalisation.dependencies().forEach(s::insert);
            // the dependency order, computed here rather than searched for by the propagate rules
            List<String> order = normalisation.dependencyOrder();
            if (!order.isEmpty()) {
                s.insert(new io.slarules.rules.internal.facts.AttributionTurn(order, 0));
            }
            for (BlockedInterval b : timeline.blocked()) {
                // rule packs may match the interval itself; the attribute rules join on one fact per obligation
                s.insert(b);
                for (String obligation : new java.util.LinkedHashSet<>(b.obligations())) {
                    s.insert(new io.slarules.rules.internal.facts.ObligationBlock(obligation, b));
                }
            }
            for (ForceMajeure f : timeline.forceMajeure()) {
                s.insert(f);
            }
            for (PenaltyClause clause : agreement.penalties()) {
                s.insert(clause);
            }
            agreement.forceMajeureClauses().forEach(s::insert);
        }, (s, firings) -> {
            // one pass over the session's facts, not one per type
            List<DelayAttribution> attributions = new ArrayList<>();
            List<DelayAssessment> assessments = new ArrayList<>();
            List<Charge> priced = new ArrayList<>();
            List<CappedCharge> charges = new ArrayList<>();
            List<TerminationRight> terminationRights = new ArrayList<>();
            List<ForceMajeureTerminationRight> forceMajeureTerminations = new ArrayList<>();
            for (Object fact : s.getObjects()) {
                if (fact instanceof ForceMajeureTerminationRight right) {
                    forceMajeureTerminations.add(right);
                }
                if (fact instanceof DelayAttribution attribution) {
                    attributions.add(attribution);
                } else if (fact instanceof DelayAssessment assessment) {
                    assessments.add(assessment);
                } else if (fact instanceof Charge charge) {
                    priced.add(charge);
                } else if (fact instanceof CappedCharge charge) {
                    charges.add(charge);
                } else if (fact instanceof TerminationRight right) {
                    terminationRights.add(right);
                }
            }
            requireOneEach(agreement.id(), attributions, assessments, priced, charges, terminationRights);
            unique(agreement.id()).byKey(forceMajeureTerminations, t -> key(t.clause().id(), t.event().id()),
                    ForceMajeureTerminationRight::rule, t -> "grant the termination right under clause "
                            + t.clause().id() + " for " + t.event().id());
            return new Derivation(asOf, states, attributions, charges, terminationRights,
                    firings.counts(), forceMajeureTerminations);
        });
    }

    /**
     * Fails the evaluation when two rules concluded the same: two attributions of one obligation, two
     * assessments, charges, capped charges or termination rights for one clause and obligation.
     */
    private void requireOneEach(String agreementId, List<DelayAttribution> attributions,
                                List<DelayAssessment> assessments, List<Charge> priced, List<CappedCharge> charges,
                                List<TerminationRight> terminationRights) {
        UniqueConclusions unique = unique(agreementId);
        unique.byKey(attributions, DelayAttribution::subject,
                a -> a.rules().isEmpty() ? "" : a.rules().get(a.rules().size() - 1),
                a -> "attribute the delay of " + a.subject());
        unique.byKey(assessments, a -> key(a.clause().id(), a.obligation().id()), DelayAssessment::rule,
                a -> "assess the delay under clause " + a.clause().id() + " of " + a.obligation().id());
        unique.byKey(priced, c -> key(c.clauseId(), c.obligationId()), Charge::rule,
                c -> "price the delay under clause " + c.clauseId() + " of " + c.obligationId());
        unique.byKey(charges, c -> key(c.clauseId(), c.charge().obligationId()), CappedCharge::rule,
                c -> "cap the charge under clause " + c.clauseId() + " of " + c.charge().obligationId());
        unique.byKey(terminationRights, t -> key(t.assessment().clause().id(), t.assessment().obligation().id()),
                TerminationRight::rule, t -> "grant the termination right under clause "
                        + t.assessment().clause().id() + " for " + t.assessment().obligation().id());
    }

    /**
     * The rule Drools names in a constraint's failure ({@code Error evaluating constraint '...' in
     * [Rule "name" in file.drl]}): the first, when the constraint is shared by several; empty when
     * none is named.
     */
    static String conditionRule(String message) {
        if (message == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[Rule \"([^\"]+)\"").matcher(message);
        return m.find() ? m.group(1) : "";
    }

    private static String key(String clause, String subject) {
        return clause + "\u001f" + subject;
    }

    /** A check that each conclusion of one of {@code agreementId}'s sessions has one deciding rule. */
    public UniqueConclusions unique(String agreementId) {
        return new UniqueConclusions(agreementId, rules::packOf);
    }

    /**
     * Inserts the facts, fires every phase in order within the firing budget and reads the
     * conclusions, turning every failure into an exception that names the agreement (and the rule,
     * when one can be named).
     */
    public <T> T fire(KieSession session, String agreementId, Consumer<KieSession> facts,
               BiFunction<KieSession, RuleFirings, T> conclusions) {
        return fire(session, agreementId, Phase.IN_ORDER, facts, conclusions);
    }

    /** As {@link #fire(KieSession, String, Consumer, BiFunction)}, through the phases given. */
    public <T> T fire(KieSession session, String agreementId, List<Phase> phases, Consumer<KieSession> facts,
               BiFunction<KieSession, RuleFirings, T> conclusions) {
        TimeBudget.Watch watch = timeBudget == null ? null : TimeBudget.current();
        RuleFirings firings = new RuleFirings(watch);
        session.addEventListener(firings);
        if (watch != null) {
            watch.firings = firings;
            watch.session = session;
        }
        try {
            facts.accept(session);
            int budget = maxRuleFirings;
            for (Phase phase : phases) {
                if (watch != null && watch.abandoned()) {
                    // halted at the deadline: the caller has given up, no further phase may run
                    throw new EvaluationFailedException(agreementId, "", "abandoned at the time budget", null);
                }
                session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
                int fired = session.fireAllRules(budget + 1);
                if (fired > budget) {
                    String rule = firings.mostFired();
                    throw new EvaluationFailedException(agreementId, rule, rules.packOf(rule),
                            "stopped after " + maxRuleFirings + " rule firings (a rule keeps re-activating itself?)",
                            null);
                }
                if (firings.outOfTime()) {
                    String rule = firings.mostFired();
                    throw new EvaluationFailedException(agreementId, rule, rules.packOf(rule),
                            "stopped after " + maxEvaluationTime.orElseThrow().toMillis() + " ms, the engine's time budget"
                                    + " (the rule fired most is named)", null);
                }
                budget -= fired;
            }
            LOG.debug("agreement {}: rules fired {}", agreementId, firings.counts());
            return conclusions.apply(session, firings);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch().getRule().getName();
            throw new EvaluationFailedException(agreementId, rule, rules.packOf(rule),
                    cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (SlaException e) {
            throw e;
        } catch (RuntimeException e) {
            // a condition that throws names its rule in Drools' message; Drools itself names none,
            // but no raw exception escapes
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintEvaluationException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                String rule = conditionRule(cause.getMessage());
                Throwable reason = cause.getCause() == null ? cause : cause.getCause();
                throw new EvaluationFailedException(agreementId, rule, rules.packOf(rule), "a condition threw "
                        + reason.getClass().getSimpleName() + ": " + reason.getMessage() + " (" + cause.getMessage() + ")",
                        reason);
            }
            throw new EvaluationFailedException(agreementId, "", e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        } finally {
            if (watch != null) {
                watch.session = null;
            }
            session.removeEventListener(firings);
        }
    }
}
