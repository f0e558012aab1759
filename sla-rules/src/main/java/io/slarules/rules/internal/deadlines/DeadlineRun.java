package io.slarules.rules.internal.deadlines;

import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.Charge;
import io.slarules.rules.facts.DelayAssessment;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.facts.ObligationState;
import io.slarules.rules.facts.WorkToStart;
import io.slarules.rules.internal.engine.ChunkSessions;
import io.slarules.rules.internal.engine.Conclusions;
import io.slarules.rules.internal.engine.Conclusions.Kind;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.facts.AttributionTurn;
import io.slarules.rules.internal.facts.CappedCharge;
import io.slarules.rules.internal.facts.ForceMajeureTerminationRight;
import io.slarules.rules.internal.facts.ObligationBlock;
import io.slarules.rules.internal.facts.TerminationRight;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The deadline pipeline of one evaluation, the counterpart of the service levels' month run: the
 * timeline normalised into obligation facts, one session through the phases (attribute, concurrent,
 * propagate, assess, penalise, cap), what it concluded checked to have one deciding rule each, and
 * the attributions and penalty decisions assembled by {@link Results}. The request was checked by the
 * engine before.
 */
public final class DeadlineRun {

    // What the session concluded, checked in this order: one attribution per obligation; one assessment, charge,
    // capped charge and termination right per clause and obligation; one termination right per force-majeure clause
    // and event. Two rules concluding the same fail the evaluation naming both, never a silent pick.
    private static final Kind<ObligationState> STATES = Kind.taken(ObligationState.class);
    private static final Kind<DelayAttribution> ATTRIBUTIONS = Kind.oneEach(DelayAttribution.class,
            DelayAttribution::subject, a -> Conclusions.lastRule(a.rules()), a -> "attribute the delay of " + a.subject());
    private static final Kind<DelayAssessment> ASSESSMENTS = Kind.oneEach(DelayAssessment.class,
            a -> key(a.clause().id(), a.obligation().id()), DelayAssessment::rule,
            a -> "assess the delay under clause " + a.clause().id() + " of " + a.obligation().id());
    private static final Kind<Charge> PRICED = Kind.oneEach(Charge.class, c -> key(c.clauseId(), c.obligationId()),
            Charge::rule, c -> "price the delay under clause " + c.clauseId() + " of " + c.obligationId());
    private static final Kind<CappedCharge> CHARGES = Kind.oneEach(CappedCharge.class,
            c -> key(c.clauseId(), c.charge().obligationId()), CappedCharge::rule,
            c -> "cap the charge under clause " + c.clauseId() + " of " + c.charge().obligationId());
    private static final Kind<TerminationRight> TERMINATION_RIGHTS = Kind.oneEach(TerminationRight.class,
            t -> key(t.assessment().clause().id(), t.assessment().obligation().id()), TerminationRight::rule,
            t -> "grant the termination right under clause " + t.assessment().clause().id() + " for "
                    + t.assessment().obligation().id());
    private static final Kind<ForceMajeureTerminationRight> FORCE_MAJEURE_TERMINATIONS = Kind.oneEach(
            ForceMajeureTerminationRight.class, t -> key(t.clause().id(), t.event().id()),
            ForceMajeureTerminationRight::rule,
            t -> "grant the termination right under clause " + t.clause().id() + " for " + t.event().id());
    private static final List<Kind<?>> CONCLUSIONS = List.of(STATES, ATTRIBUTIONS, ASSESSMENTS, PRICED, CHARGES,
            TERMINATION_RIGHTS, FORCE_MAJEURE_TERMINATIONS);

    private final DroolsSlaEngine engine;
    private final ChunkSessions sessions;
    private final Agreement agreement;
    private final DateRange period;
    private final Timeline timeline;
    private final Instant asOf;

    /**
     * A run over a checked request.
     *
     * @param engine   the engine whose rules fire
     * @param sessions where the session comes from (the evaluation's, or a batch chunk's, drawn from the engine's pool)
     * @param agreement the agreement
     * @param period   the period evaluated
     * @param timeline what happened
     * @param asOf     the instant the evaluation is as of
     */
    public DeadlineRun(DroolsSlaEngine engine, ChunkSessions sessions, Agreement agreement, DateRange period,
                       Timeline timeline, Instant asOf) {
        this.engine = engine;
        this.sessions = sessions;
        this.agreement = agreement;
        this.period = period;
        this.timeline = timeline;
        this.asOf = asOf;
    }

    /** {@return the attributions and penalty decisions of the period, in the agreement's order} */
    public Evaluation evaluation() {
        return new Results(agreement, period, derive(), engine::packOf).withPublishedRates(timeline.exchangeRates())
                .evaluation();
    }

    /** {@return what the rules concluded, unordered} */
    public Derivation derive() {
        Interval instants = period.toInterval(agreement.zone());
        Normalisation normalisation = new Normalisation(agreement, instants, timeline, asOf);
        List<WorkToStart> pending = normalisation.obligationsToStart();
        KieSession session = sessions.open();
        boolean evaluated = false;
        try {
            Derivation derivation = run(session, instants, pending, normalisation);
            evaluated = true;
            return derivation;
        } finally {
            sessions.close(session, evaluated);
        }
    }

    private Derivation run(KieSession session, Interval instants, List<WorkToStart> pending,
                           Normalisation normalisation) {
        return engine.fire(session, agreement.id(), s -> {
            s.insert(new EvaluationContext(agreement, instants, asOf));
            // the facts phase's rule turns each into the ObligationState the later phases match
            pending.forEach(s::insert);
            normalisation.dependencies().forEach(s::insert);
            // the dependency order, computed here rather than searched for by the propagate rules
            List<String> order = normalisation.dependencyOrder();
            if (!order.isEmpty()) {
                s.insert(new AttributionTurn(order, 0));
            }
            for (BlockedInterval b : timeline.blocked()) {
                // rule packs may match the interval itself; the attribute rules join on one fact per obligation
                s.insert(b);
                for (String obligation : new LinkedHashSet<>(b.obligations())) {
                    s.insert(new ObligationBlock(obligation, b));
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
            Conclusions c = Conclusions.take(s, engine.unique(agreement.id()), agreement.id(), CONCLUSIONS);
            return new Derivation(asOf, startedOnce(pending, c.all(STATES)), c.all(ATTRIBUTIONS), c.all(CHARGES),
                    c.all(TERMINATION_RIGHTS), firings.counts(), c.all(FORCE_MAJEURE_TERMINATIONS));
        });
    }

    /**
     * The state the facts phase gave each obligation, in the agreement's order; an obligation a rule left
     * without one (a pack's replacement that forgot it), or gave two, fails the evaluation: its delay would
     * otherwise be silently unattributed or attributed twice.
     */
    private List<ObligationState> startedOnce(List<WorkToStart> pending, List<ObligationState> all) {
        Map<String, List<ObligationState>> started = new HashMap<>();
        all.forEach(state -> started.computeIfAbsent(state.id(), k -> new ArrayList<>()).add(state));
        List<ObligationState> states = new ArrayList<>();
        for (WorkToStart w : pending) {
            List<ObligationState> found = started.getOrDefault(w.id(), List.of());
            if (found.size() != 1) {
                throw new EvaluationFailedException(agreement.id(), DefaultRules.WORK_START, "the facts phase gave"
                        + " obligation " + w.id() + " " + found.size() + " states (ObligationState) instead of one: the"
                        + " rule that starts work must insert exactly one per WorkToStart", null);
            }
            states.add(found.get(0));
        }
        return states;
    }

    private static String key(String clause, String subject) {
        return clause + "\u001f" + subject;
    }
}
