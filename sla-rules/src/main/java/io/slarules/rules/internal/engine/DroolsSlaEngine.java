package io.slarules.rules.internal.engine;

import io.slarules.BatchOptions;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.deadlines.DeadlineRun;
import io.slarules.rules.internal.deadlines.Derivation;
import io.slarules.rules.internal.servicelevels.ServiceLevelRun;
import io.slarules.rules.internal.watch.DroolsMonitor;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine over the Drools rule base: one shared {@link KieBase} and the {@link SessionPool} of its
 * idle sessions (the default rules' pool is shared by every engine over them, as their KieBase is).
 * An evaluation takes one session for its deadline run and its service-level runs, reset between them
 * (in a batch, one per chunk of evaluations), and gives it back reset when it is done; a session whose
 * run failed, or whose evaluation was abandoned at the time budget, is disposed, never reused.
 */
public final class DroolsSlaEngine implements SlaEngine {

    private final RuleBase rules;
    private final KieBase kieBase;
    /** Null without a time budget: then evaluations run on the caller's thread, at no extra cost. */
    private final TimeBudget timeBudget;
    private final PhasedFiring firing;
    private final SessionPool pool;
    private final int maxRuleFirings;
    private final Optional<Duration> maxEvaluationTime;
    private final int maxAbandoned;

    DroolsSlaEngine(RuleBase rules, SessionPool pool, int maxRuleFirings, Optional<Duration> maxEvaluationTime,
                    int maxAbandoned) {
        this.rules = rules;
        this.kieBase = rules.kieBase();
        this.pool = pool;
        this.maxRuleFirings = maxRuleFirings;
        this.maxEvaluationTime = maxEvaluationTime;
        this.maxAbandoned = maxAbandoned;
        this.timeBudget = maxEvaluationTime.map(b -> new TimeBudget(b, maxAbandoned, rules::packOf,
                stack -> ConditionRules.ruleOf(kieBase, stack))).orElse(null);
        this.firing = new PhasedFiring(rules, maxRuleFirings, maxEvaluationTime, timeBudget);
    }

    /** The time budget, or {@code null} when evaluations are bounded by the firing limit alone. */
    public TimeBudget timeBudget() {
        return timeBudget;
    }

    /**
     * The KieBase of this engine's sessions; tests check that none is left undisposed but the idle
     * ones ({@link #idleSessions()}).
     */
    public KieBase kieBase() {
        return kieBase;
    }

    /** {@return how many reset sessions this engine's pool keeps for the next evaluations, for tests} */
    public int idleSessions() {
        return pool.idle();
    }

    /** Disposes the idle sessions of this engine's pool, for tests; the pool fills again as evaluations end. */
    public void disposeIdleSessions() {
        pool.disposeIdle();
    }

    /**
     * An engine over the same rules and budgets whose every run gets a new session, disposed after it,
     * as before sessions were reused: tests compare what the reused sessions conclude with it.
     */
    public DroolsSlaEngine withFreshSessions() {
        return new DroolsSlaEngine(rules, SessionPool.none(kieBase), maxRuleFirings, maxEvaluationTime, maxAbandoned);
    }

    /** Sessions from this engine's pool, for a monitor's looks; release them when done. */
    public ChunkSessions sessions() {
        return ChunkSessions.from(pool);
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
        ChunkSessions sessions = ChunkSessions.from(pool);
        if (timeBudget == null) {
            try {
                return evaluate(agreement, period, timeline, history, asOf, sessions);
            } finally {
                // what is kept was reset after a completed run: a failed run's session is disposed already
                sessions.release();
            }
        }
        // only a worker that finishes in time gives the session back; an abandoned one's is disposed when it ends
        return timeBudget.run(agreement.id(), () -> evaluate(agreement, period, timeline, history, asOf, sessions),
                sessions::release, sessions::dispose, () -> { });
    }

    private Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                ChunkSessions sessions) {
        return evaluate(agreement, period, timeline, history, period.toInterval(agreement.zone()).endExclusive(),
                sessions);
    }

    private Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                java.time.Instant asOf, ChunkSessions sessions) {
        requireValid(agreement, period, timeline, history, asOf);
        Evaluation deadlines = new DeadlineRun(this, sessions, agreement, period, timeline, asOf).evaluation();
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
        ChunkSessions sessions = ChunkSessions.from(pool);
        try {
            return BatchRun.each(chunk, stopAtFailure, r -> evaluate(r.agreement(), r.period(), r.timeline(),
                    r.history(), sessions));
        } finally {
            sessions.release();
        }
    }

    /**
     * A chunk with a time budget: each request on a worker within the budget, the chunk's session
     * handed from one to the next and given back to the pool at the end. An abandoned evaluation
     * keeps the session it was given (its worker disposes it when it ends, if ever, never giving it
     * back); the next request draws another from the pool.
     */
    private BatchRun.Chunk evaluateChunkTimed(List<EvaluationRequest> chunk, boolean stopAtFailure) {
        ChunkSessions[] sessions = {ChunkSessions.from(pool)};
        try {
            return BatchRun.each(chunk, stopAtFailure, r -> {
                ChunkSessions given = sessions[0];
                return timeBudget.run(r.agreementId(), () -> evaluate(r.agreement(), r.period(), r.timeline(),
                        r.history(), given), () -> { }, given::dispose, () -> sessions[0] = ChunkSessions.from(pool));
            });
        } finally {
            sessions[0].release();
        }
    }

    /** Runs the deadline rules and returns what they concluded, unordered; tests read the rules that fired here. */
    public Derivation derive(Agreement agreement, DateRange period, Timeline timeline) {
        java.time.Instant asOf = period.toInterval(agreement.zone()).endExclusive();
        requireValid(agreement, period, timeline, History.empty(), asOf);
        ChunkSessions sessions = ChunkSessions.from(pool);
        try {
            return new DeadlineRun(this, sessions, agreement, period, timeline, asOf).derive();
        } finally {
            sessions.release();
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

    /** {@return the rule pack {@code rule} comes from, empty for the default rules} */
    public String packOf(String rule) {
        return rules.packOf(rule);
    }

    /** A check that each conclusion of one of {@code agreementId}'s sessions has one deciding rule. */
    public UniqueConclusions unique(String agreementId) {
        return new UniqueConclusions(agreementId, rules::packOf);
    }

    /**
     * Inserts the facts, fires every phase in order within the firing and time budgets and reads the
     * conclusions (see {@link PhasedFiring}).
     *
     * @param session     the session
     * @param agreementId the agreement, for failures
     * @param facts       inserts the facts
     * @param conclusions reads what the rules concluded
     * @param <T>         what is concluded
     * @return the conclusions
     */
    public <T> T fire(KieSession session, String agreementId, Consumer<KieSession> facts,
                      BiFunction<KieSession, RuleFirings, T> conclusions) {
        return firing.fire(session, agreementId, Phase.IN_ORDER, facts, conclusions);
    }

    /**
     * As {@link #fire(KieSession, String, Consumer, BiFunction)}, through the phases given.
     *
     * @param session     the session
     * @param agreementId the agreement, for failures
     * @param phases      the phases, in order
     * @param facts       inserts the facts
     * @param conclusions reads what the rules concluded
     * @param <T>         what is concluded
     * @return the conclusions
     */
    public <T> T fire(KieSession session, String agreementId, List<Phase> phases, Consumer<KieSession> facts,
                      BiFunction<KieSession, RuleFirings, T> conclusions) {
        return firing.fire(session, agreementId, phases, facts, conclusions);
    }
}
