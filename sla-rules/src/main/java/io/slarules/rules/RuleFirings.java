package io.slarules.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Map;

/**
 * Counts the firings of each rule in one session, to name the culprit when a rule runs away; with a
 * time budget, halts the session once it is spent.
 */
final class RuleFirings extends DefaultAgendaEventListener {

    private final Map<String, Integer> byRule = new LinkedHashMap<>();
    private final long deadline;
    private final boolean timed;
    private boolean outOfTime;

    RuleFirings(Optional<Duration> budget) {
        this.timed = budget.isPresent();
        this.deadline = budget.map(b -> System.nanoTime() + b.toNanos()).orElse(0L);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        byRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        if (timed && System.nanoTime() - deadline > 0) {
            outOfTime = true;
            event.getKieRuntime().halt();
        }
    }

    /** Whether the time budget ran out, so the session was halted. */
    boolean outOfTime() {
        return outOfTime;
    }

    /** The rule that fired most, the first of them on a tie. */
    String mostFired() {
        return byRule.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
    }

    /** How often each rule fired, in order of first firing. */
    Map<String, Integer> counts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRule));
    }
}
