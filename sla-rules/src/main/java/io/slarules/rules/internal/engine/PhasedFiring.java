package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import io.slarules.SlaException;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * How every session of the engine runs, whichever pipeline fills it (deadlines, service levels, the
 * monitor): facts in, each phase's agenda group to the end in order within the firing and time
 * budgets, conclusions out; every failure an {@link EvaluationFailedException} naming the agreement
 * and, when one can be named, the rule and its pack.
 */
final class PhasedFiring {

    private static final Logger LOG = LoggerFactory.getLogger(PhasedFiring.class);

    private final RuleBase rules;
    private final int maxRuleFirings;
    private final Optional<Duration> maxEvaluationTime;
    private final TimeBudget timeBudget;

    PhasedFiring(RuleBase rules, int maxRuleFirings, Optional<Duration> maxEvaluationTime, TimeBudget timeBudget) {
        this.rules = rules;
        this.maxRuleFirings = maxRuleFirings;
        this.maxEvaluationTime = maxEvaluationTime;
        this.timeBudget = timeBudget;
    }

    /**
     * Inserts the facts, fires every phase in order within the firing budget and reads the
     * conclusions, turning every failure into an exception that names the agreement (and the rule,
     * when one can be named).
     */
    <T> T fire(KieSession session, String agreementId, List<Phase> phases, Consumer<KieSession> facts,
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
            if (LOG.isDebugEnabled()) {
                // the counts are a copy of the map: built only for a log that prints them
                LOG.debug("agreement {}: rules fired {}", agreementId, firings.counts());
            }
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
}
