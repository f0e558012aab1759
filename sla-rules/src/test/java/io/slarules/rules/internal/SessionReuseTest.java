package io.slarules.rules.internal;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Timeline;
import io.slarules.report.EvaluationJson;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session reset and given back to the engine's pool concludes what a new session does, with rules
 * ordered by salience in an activation group as well: the same evaluations, JSON and explanations, in
 * whatever order the agreements come (the sla-bench SessionReuseTest does the same for the standard
 * month's deadlines and service levels).
 */
class SessionReuseTest {

    private static final String FIRST_BY_SALIENCE = "penalise: after 2 free days, first by salience";
    private static final String FULL_RATE = "penalise: full rate unless priced first";
    private static final RulePack SALIENCE = RulePack.builder("salience").version("1.0.0")
            .description("prices through an activation group ordered by salience")
            .drl("packs/salience/price-by-salience.drl").replaces(PricingRulePacksTest.DEFAULT_PRICE).build();

    /** DELIVERY-1 due on April 1st, fulfilled {@code daysLate} days later. */
    private record Late(int daysLate, Agreement agreement, Timeline timeline) {
        static Late by(int daysLate) {
            return new Late(daysLate, RunawayRulesTest.agreementWith("AG-" + daysLate, "DELIVERY-1"),
                    Timeline.of(io.slarules.model.timeline.Fulfilment.of("F-1", "DELIVERY-1",
                            Northwind.endOf(4, 1 + daysLate))));
        }

        Evaluation on(SlaEngine engine) {
            return engine.evaluate(agreement, YearMonth.of(2026, 4), timeline);
        }
    }

    @Test
    void aReusedSessionFiresByOrderOfSalienceInAnActivationGroupAsANewOneDoes() {
        DroolsSlaEngine reused = (DroolsSlaEngine) SlaEngine.builder().rulePack(SALIENCE).build();
        DroolsSlaEngine fresh = reused.withFreshSessions();
        List<Late> lates = IntStream.rangeClosed(1, 8).mapToObj(Late::by).toList();
        List<Evaluation> expected = lates.stream().map(l -> l.on(fresh)).toList();
        // more than 2 days late the salience-10 rule prices and cancels the other; else only the full rate applies
        for (Late late : lates) {
            PenaltyDecision decision = expected.get(late.daysLate() - 1).penalties().get(0);
            assertThat(decision.rules()).contains(late.daysLate() > 2 ? FIRST_BY_SALIENCE : FULL_RATE)
                    .doesNotContain(late.daysLate() > 2 ? FULL_RATE : FIRST_BY_SALIENCE);
        }

        List<Late> shuffled = new ArrayList<>(lates);
        Collections.shuffle(shuffled, new Random(15));
        List<Late> reversed = new ArrayList<>(lates);
        Collections.reverse(reversed);
        for (List<Late> order : List.of(lates, shuffled, reversed, lates)) {
            for (Late late : order) {
                Evaluation actual = late.on(reused);
                Evaluation wanted = expected.get(late.daysLate() - 1);
                assertThat(actual).as("%d days late", late.daysLate()).isEqualTo(wanted);
                assertThat(EvaluationJson.write(actual)).isEqualTo(EvaluationJson.write(wanted));
                assertThat(actual.explain()).isEqualTo(wanted.explain());
            }
        }
        // one session served every evaluation, one after the other
        assertThat(reused.idleSessions()).isOne();
        assertThat(reused.kieBase().getKieSessions()).hasSize(1);
    }
}
