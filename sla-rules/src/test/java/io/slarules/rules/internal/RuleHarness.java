package io.slarules.rules.internal;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.DroolsSlaEngine;

import java.time.LocalDate;
import java.util.Map;

/** Runs the default rule base and exposes what fired, for the rule tests. */
final class RuleHarness {

    static final DroolsSlaEngine ENGINE = (DroolsSlaEngine) SlaEngine.builder().build();
    static final DateRange WHOLE_YEAR = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1));

    private RuleHarness() {
    }

    /** How often each rule fired evaluating the whole year. */
    static Map<String, Integer> firings(Agreement agreement, Timeline timeline) {
        return ENGINE.derive(agreement, WHOLE_YEAR, timeline).firings();
    }

    static Evaluation evaluate(Agreement agreement, Timeline timeline) {
        return ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);
    }
}
