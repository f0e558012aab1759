package io.slarules.rules;

import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.BlockedInterval;
import io.slarules.model.DateRange;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The engine over the Drools rule base: one shared {@link KieBase}, one session per evaluation,
 * always disposed.
 */
final class DroolsSlaEngine implements SlaEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsSlaEngine.class);

    private final KieBase kieBase;
    private final int maxRuleFirings;

    DroolsSlaEngine(KieBase kieBase, int maxRuleFirings) {
        this.kieBase = kieBase;
        this.maxRuleFirings = maxRuleFirings;
    }

    @Override
    public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(timeline, "timeline");
        return new Results(agreement, period, derive(agreement, period, timeline)).evaluation();
    }

    /** Runs the rules and returns what they concluded, unordered; tests read the rules that fired here. */
    Derivation derive(Agreement agreement, DateRange period, Timeline timeline) {
        requireValid(agreement, period, timeline);
        Interval instants = period.toInterval(agreement.zone());
        Normalisation normalisation = new Normalisation(agreement, instants, timeline);
        return run(agreement, instants, timeline, normalisation.obligationStates(), normalisation);
    }

    private static void requireValid(Agreement agreement, DateRange period, Timeline timeline) {
        List<Problem> problems = new ArrayList<>();
        try {
            timeline.requireConsistentWith(agreement);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!period.overlaps(agreement.effective())) {
            problems.add(Problem.at("period", "", "period " + period + " lies outside the agreement's effective period "
                    + agreement.effective()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
    }

    private Derivation run(Agreement agreement, Interval period, Timeline timeline, List<ObligationState> states,
                           Normalisation normalisation) {
        KieSession session = kieBase.newKieSession();
        RuleFirings firings = new RuleFirings();
        session.addEventListener(firings);
        try {
            session.insert(new EvaluationContext(agreement, period, period.endExclusive()));
            states.forEach(session::insert);
            normalisation.dependencies().forEach(session::insert);
            for (BlockedInterval b : timeline.blocked()) {
                session.insert(b);
            }
            for (ForceMajeure f : timeline.forceMajeure()) {
                session.insert(f);
            }
            for (PenaltyClause clause : agreement.penalties()) {
                session.insert(clause);
            }
            int budget = maxRuleFirings;
            for (Phase phase : Phase.IN_ORDER) {
                session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
                int fired = session.fireAllRules(budget + 1);
                if (fired > budget) {
                    throw new EvaluationFailedException(agreement.id(), firings.mostFired(),
                            "stopped after " + maxRuleFirings + " rule firings (a rule keeps re-activating itself?)",
                            null);
                }
                budget -= fired;
            }
            LOG.debug("agreement {}: rules fired {}", agreement.id(), firings.counts());
            return new Derivation(period.endExclusive(), states,
                    objects(session, DelayAttribution.class),
                    objects(session, CappedCharge.class),
                    objects(session, TerminationRight.class),
                    firings.counts());
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationFailedException(agreement.id(), e.getMatch().getRule().getName(),
                    String.valueOf(cause.getMessage()), cause);
        } finally {
            session.dispose();
        }
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(type::isInstance)) {
            found.add(type.cast(o));
        }
        return found;
    }
}
