package io.slarules.rules;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the firings of each rule in one session, to name the culprit when a rule runs away. */
final class RuleFirings extends DefaultAgendaEventListener {

    private final Map<String, Integer> byRule = new LinkedHashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        byRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
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
