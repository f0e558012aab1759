package io.slarules.rules.internal.facts;

import io.slarules.CaseResult;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured case.
 *
 * @param kase      the case
 * @param result    business time, pauses, breach
 * @param countedAt the instant that places it in a window: its breach, else its stop; empty while
 *                  open and within target
 * @param rule      the rule that measured it
 */
public record CaseMeasure(ObjectiveCase kase, CaseResult result, Optional<Instant> countedAt, String rule) {

    /**
     * Validates the fields.
     *
     * @param kase the case
     * @param result business time, pauses, breach
     * @param countedAt the instant that places it in a window: its breach, else its stop; empty while open and within
     *                  target
     * @param rule the rule that measured it
     */
    public CaseMeasure {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(countedAt, "countedAt");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * {@return whether it counts in the window of the given instants}
     *
     * @param interval a window's instants, half-open
     */
    public boolean countsIn(io.slarules.model.time.Interval interval) {
        return countedAt.filter(interval::contains).isPresent();
    }
}
