package io.slarules.rules.internal;

import io.slarules.BatchOptions;
import io.slarules.EvaluationFailedException;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Faulty rules of a pack at evaluation time: a consequence that throws, a rule that keeps
 * re-activating itself. The evaluation fails with the rule, its pack and the agreement; no partial
 * result; the session is disposed; the engine goes on.
 */
class FaultyRulesTest {

    private static final String THROWS = "faulty: consequence throws on BOOM";
    private static final String LOOPS = "faulty: keeps re-activating itself";
    private static final RulePack FAULTY = RulePack.builder("faulty").version("1.0.0")
            .description("rules that fail on purpose").drl("packs/faulty/faulty.drl").build();
    private static final SlaEngine ENGINE = SlaEngine.builder().rulePack(FAULTY).maxRuleFirings(1_000).build();

    /** One obligation with the given id, 3 days late; BOOM and LOOP trip the faulty rules. */
    private static Agreement agreementWith(String id, String obligation) {
        return Agreement.builder(id).zone(Northwind.ZONE).currency("EUR")
                .effective(agreement().build().effective())
                .parties(agreement().build().parties().toArray(io.slarules.model.Party[]::new))
                .obligations(northwind(obligation, date(4, 1)))
                .penalties(delayDamages(obligation)).build();
    }

    private static Timeline timelineOf(String obligation) {
        return Timeline.of(Fulfilment.of("F-1", obligation, endOf(4, 4)));
    }

    /** Sessions neither disposed nor idle in the engine's pool, kept for the next evaluation. */
    private static int undisposedSessions() {
        return ((DroolsSlaEngine) ENGINE).kieBase().getKieSessions().size() - ((DroolsSlaEngine) ENGINE).idleSessions();
    }

    @Test
    void aConsequenceThatThrowsFailsTheEvaluationNamingRulePackAndAgreement() {
        assertThatThrownBy(() -> ENGINE.evaluate(agreementWith("AG-BOOM", "BOOM"), YearMonth.of(2026, 4),
                timelineOf("BOOM")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("AG-BOOM");
                    assertThat(e.rule()).isEqualTo(THROWS);
                    assertThat(e.rulePack()).isEqualTo("faulty");
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("boom");
                    assertThat(e).hasMessageContaining("AG-BOOM").hasMessageContaining(THROWS)
                            .hasMessageContaining("rule pack faulty");
                });
        assertThat(undisposedSessions()).isZero();
        // the engine keeps working: 3 days late, 3 x 1,000.00 EUR
        assertThat(ENGINE.evaluate(agreementWith("AG-OK", "DELIVERY-1"), YearMonth.of(2026, 4),
                timelineOf("DELIVERY-1")).penalties()).singleElement()
                .satisfies(d -> assertThat(d.amount().amount()).isEqualByComparingTo("3000.00"));
    }

    @Test
    void aRuleThatKeepsReActivatingItselfIsStoppedAfterTheFiringBound() {
        assertThatThrownBy(() -> ENGINE.evaluate(agreementWith("AG-LOOP", "LOOP"), YearMonth.of(2026, 4),
                timelineOf("LOOP")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("AG-LOOP");
                    assertThat(e.rule()).isEqualTo(LOOPS);
                    assertThat(e.rulePack()).isEqualTo("faulty");
                    assertThat(e).hasMessageContaining("stopped after 1000 rule firings");
                });
        assertThat(undisposedSessions()).isZero();
    }

    @Test
    void aRuleThatKeepsReActivatingItselfIsStoppedByTheTimeBudget() {
        SlaEngine timed = SlaEngine.builder().rulePack(FAULTY).maxRuleFirings(Integer.MAX_VALUE - 1)
                .maxEvaluationTime(Duration.ofMillis(200)).build();

        assertThatThrownBy(() -> timed.evaluate(agreementWith("AG-LOOP", "LOOP"), YearMonth.of(2026, 4),
                timelineOf("LOOP")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(LOOPS);
                    assertThat(e.rulePack()).isEqualTo("faulty");
                    assertThat(e).hasMessageContaining("time budget");
                });
        assertThat(((DroolsSlaEngine) timed).kieBase().getKieSessions()).isEmpty();
    }

    @Test
    void aFailingDefaultRuleNamesTheDefaultRules() {
        assertThatThrownBy(() -> SlaEngine.builder().maxRuleFirings(1).build().evaluate(
                agreementWith("AG-1", "DELIVERY-1"), YearMonth.of(2026, 4), timelineOf("DELIVERY-1")))
                .isInstanceOfSatisfying(EvaluationFailedException.class,
                        e -> assertThat(e.rulePack()).isEqualTo(EvaluationFailedException.DEFAULT_RULES));
    }

    @Test
    void aBillingRunOf10000AgreementsGoesOnPastFailuresAndLeavesNoSessionUndisposed() {
        // every 97th agreement trips the throwing rule, every 1,001st the loop (stopped after 1,000 firings)
        List<String> obligations = IntStream.range(0, 10_000)
                .mapToObj(i -> i % 1001 == 500 ? "LOOP" : i % 97 == 3 ? "BOOM" : "DELIVERY-1").toList();
        long booms = obligations.stream().filter("BOOM"::equals).count();
        long loops = obligations.stream().filter("LOOP"::equals).count();
        Stream<EvaluationRequest> requests = IntStream.range(0, obligations.size()).mapToObj(i -> EvaluationRequest.of(
                agreementWith("AG-" + i, obligations.get(i)), YearMonth.of(2026, 4), timelineOf(obligations.get(i))));

        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> run = ENGINE.evaluateAll(requests, BatchOptions.defaults().withParallelism(2)
                .withOnFailure(BatchOptions.OnFailure.CONTINUE))) {
            outcomes = run.toList();
        }

        assertThat(outcomes).hasSize(10_000);
        List<EvaluationFailedException> failures = outcomes.stream().flatMap(o -> o.failure().stream())
                .map(EvaluationFailedException.class::cast).toList();
        assertThat(failures).hasSize((int) (booms + loops));
        assertThat(failures).filteredOn(f -> f.rule().equals(THROWS)).hasSize((int) booms)
                .allSatisfy(f -> assertThat(f.rulePack()).isEqualTo("faulty"));
        assertThat(failures).filteredOn(f -> f.rule().equals(LOOPS)).hasSize((int) loops);
        assertThat(outcomes.get(3).agreementId()).isEqualTo("AG-3");
        assertThat(outcomes.get(3).failure()).isPresent();
        assertThat(outcomes.stream().filter(o -> o.evaluation().isPresent())).hasSize(10_000 - failures.size())
                .allSatisfy(o -> assertThat(o.evaluation().orElseThrow().penalties()).hasSize(1));
        assertThat(undisposedSessions()).isZero();
    }
}
