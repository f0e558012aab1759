package io.slarules.rules.internal.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the firings of each rule in one session, to name the culprit when a rule runs away. In a
 * timed evaluation it also tells the {@link TimeBudget.Watch} which rule's consequence is running,
 * so an evaluation abandoned at its deadline names it, and halts the session once the deadline is
 * past (a rule that keeps re-activating itself stops at its next firing).
 */
public final class RuleFirings extends DefaultAgendaEventListener {

    private final Map<String, Integer> byRule = new LinkedHashMap<>();
    private final TimeBudget.Watch watch;
    private boolean outOfTime;

    /** @param watch the timed evaluation's watch, or {@code null} without a time budget */
    RuleFirings(TimeBudget.Watch watch) {
        this.watch = watch;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (watch != null) {
            watch.firing = event.getMatch().getRule().getName();
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        if (watch == null) {
            byRule.merge(rule, 1, Integer::sum);
            return;
        }
        // the waiting thread may read the counts at the deadline
        synchronized (byRule) {
            byRule.merge(rule, 1, Integer::sum);
        }
        {
            watch.firing = "";
            if (System.nanoTime() - watch.deadline > 0) {
                outOfTime = true;
                event.getKieRuntime().halt();
            }
        }
    }

    /** Whether the time budget ran out, so the session was halted. */
    boolean outOfTime() {
        return outOfTime;
    }

    /** The rule that fired most, the first of them on a tie. */
    String mostFired() {
        synchronized (byRule) {
            return byRule.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("");
        }
    }

    /** How often each rule fired, in order of first firing. */
    public Map<String, Integer> counts() {
        synchronized (byRule) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRule));
        }
    }
}
