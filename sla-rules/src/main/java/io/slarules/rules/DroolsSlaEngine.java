package io.slarules.rules;

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
import io.slarules.rules.facts.CappedCharge;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.facts.TerminationRight;
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
final class DroolsSlaEngine implements SlaEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsSlaEngine.class);

    private final RuleBase rules;
    private final KieBase kieBase;
    private final int maxRuleFirings;
    private final Optional<Duration> maxEvaluationTime;

    DroolsSlaEngine(RuleBase rules, int maxRuleFirings, Optional<Duration> maxEvaluationTime) {
        this.rules = rules;
        this.kieBase = rules.kieBase();
        this.maxRuleFirings = maxRuleFirings;
        this.maxEvaluationTime = maxEvaluationTime;
    }

    /** The KieBase of this engine's sessions; tests check that none is left undisposed. */
    KieBase kieBase() {
        return kieBase;
    }

    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
        return evaluate(agreement, period, timeline, history, ChunkSessions.perEvaluation(kieBase));
    }

    private Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                ChunkSessions sessions) {
        Evaluation deadlines = new Results(agreement, period, derive(agreement, period, timeline, history, sessions))
                .evaluation();
        return new ServiceLevelRun(this, sessions, agreement, period, timeline, history).addTo(deadlines);
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
        ChunkSessions sessions = ChunkSessions.perChunk(kieBase);
        try {
            return BatchRun.each(chunk, stopAtFailure, r -> evaluate(r.agreement(), r.period(), r.timeline(),
                    r.history(), sessions));
        } finally {
            sessions.dispose();
        }
    }

    /** Runs the rules and returns what they concluded, unordered; tests read the rules that fired here. */
    Derivation derive(Agreement agreement, DateRange period, Timeline timeline) {
        return derive(agreement, period, timeline, History.empty(), ChunkSessions.perEvaluation(kieBase));
    }

    private Derivation derive(Agreement agreement, DateRange period, Timeline timeline, History history,
                              ChunkSessions sessions) {
        requireValid(agreement, period, timeline, history);
        Interval instants = period.toInterval(agreement.zone());
        Normalisation normalisation = new Normalisation(agreement, instants, timeline);
        List<ObligationState> states = normalisation.obligationStates();
        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            Derivation derivation = run(session, agreement, instants, timeline, states, normalisation);
            evaluated = true;
            return derivation;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    private void requireValid(Agreement agreement, DateRange period, Timeline timeline, History history) {
        List<Problem> problems = new ArrayList<>();
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

    private Derivation run(KieSession session, Agreement agreement, Interval period, Timeline timeline,
                           List<ObligationState> states, Normalisation normalisation) {
        return fire(session, agreement.id(), s -> {
            s.insert(new EvaluationContext(agreement, period, period.endExclusive()));
            states.forEach(s::insert);
            normalisation.dependencies().forEach(s::insert);
            for (BlockedInterval b : timeline.blocked()) {
                s.insert(b);
            }
            for (ForceMajeure f : timeline.forceMajeure()) {
                s.insert(f);
            }
            for (PenaltyClause clause : agreement.penalties()) {
                s.insert(clause);
            }
        }, (s, firings) -> {
            // one pass over the session's facts, not one per type
            List<DelayAttribution> attributions = new ArrayList<>();
            List<CappedCharge> charges = new ArrayList<>();
            List<TerminationRight> terminationRights = new ArrayList<>();
            for (Object fact : s.getObjects()) {
                if (fact instanceof DelayAttribution attribution) {
                    attributions.add(attribution);
                } else if (fact instanceof CappedCharge charge) {
                    charges.add(charge);
                } else if (fact instanceof TerminationRight right) {
                    terminationRights.add(right);
                }
            }
            return new Derivation(period.endExclusive(), states, attributions, charges, terminationRights,
                    firings.counts());
        });
    }

    /**
     * Inserts the facts, fires every phase in order within the firing budget and reads the
     * conclusions, turning every failure into an exception that names the agreement (and the rule,
     * when one can be named).
     */
    <T> T fire(KieSession session, String agreementId, Consumer<KieSession> facts,
               BiFunction<KieSession, RuleFirings, T> conclusions) {
        RuleFirings firings = new RuleFirings(maxEvaluationTime);
        session.addEventListener(firings);
        try {
            facts.accept(session);
            int budget = maxRuleFirings;
            for (Phase phase : Phase.IN_ORDER) {
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
            // a condition that throws, or Drools itself: no rule can be named, but no raw exception escapes
            throw new EvaluationFailedException(agreementId, "", e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        } finally {
            session.removeEventListener(firings);
        }
    }
}
