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
import io.slarules.rules.internal.engine.TimeBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Rules that never return, under a time budget of 500 ms: the evaluation is abandoned at its
 * deadline naming the agreement, the rule and its pack; a batch delivers every other outcome in
 * order; closing a stream returns quickly; abandoned evaluations that cannot be stopped are bounded.
 * Time bounds are generous (the machine is shared): they tell "within the budget" from "hangs".
 */
class RunawayRulesTest {

    private static final RulePack RUNAWAY = RulePack.builder("runaway").version("1.0.0")
            .description("rules that never return, on purpose").drl("packs/runaway/runaway.drl").build();
    private static final Duration BUDGET = Duration.ofMillis(500);
    private static final SlaEngine ENGINE = SlaEngine.builder().rulePack(RUNAWAY).maxEvaluationTime(BUDGET)
            .maxAbandonedEvaluations(8).build();
    private static final String SPIN = "runaway: busy loop on SPIN";
    private static final String SLEEP = "runaway: sleeps on SLEEP";
    private static final String CONDLOOP = "runaway: condition loops on CONDLOOP";

    /** One obligation with the given id, 3 days late: 3 x 1,000.00 = 3,000.00 EUR unless a rule runs away. */
    static Agreement agreementWith(String id, String obligation) {
        return Agreement.builder(id).zone(Northwind.ZONE).currency("EUR")
                .effective(agreement().build().effective())
                .parties(agreement().build().parties().toArray(io.slarules.model.Party[]::new))
                .obligations(northwind(obligation, date(4, 1)))
                .penalties(delayDamages(obligation)).build();
    }

    static Timeline timelineOf(String obligation) {
        return Timeline.of(Fulfilment.of("F-1", obligation, endOf(4, 4)));
    }

    private static EvaluationRequest request(int i, String obligation) {
        return EvaluationRequest.of(agreementWith("AG-" + i, obligation), YearMonth.of(2026, 4), timelineOf(obligation));
    }

    @AfterEach
    void releaseBusyLoops() throws InterruptedException {
        Runaway.release();
        TimeBudget budget = ((DroolsSlaEngine) ENGINE).timeBudget();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (budget.abandonedRunning() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(budget.abandonedRunning()).as("abandoned evaluations still running").isZero();
        assertThat(((DroolsSlaEngine) ENGINE).kieBase().getKieSessions()).as("sessions left but the idle ones")
                .hasSize(((DroolsSlaEngine) ENGINE).idleSessions());
    }

    @ParameterizedTest
    @CsvSource({"SPIN, runaway: busy loop on SPIN", "SLEEP, runaway: sleeps on SLEEP",
            "CONDLOOP, runaway: condition loops on CONDLOOP"})
    void aRuleThatNeverReturnsIsAbandonedAtTheDeadlineNamingItself(String obligation, String rule) {
        long start = System.nanoTime();

        assertThatThrownBy(() -> ENGINE.evaluate(agreementWith("AG-RUN", obligation), YearMonth.of(2026, 4),
                timelineOf(obligation)))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("AG-RUN");
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.rulePack()).isEqualTo("runaway");
                    assertThat(e).hasMessageContaining("500 ms").hasMessageContaining("time budget");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        // the engine goes on: 3 x 1,000.00 = 3,000.00 EUR
        assertThat(ENGINE.evaluate(agreementWith("AG-OK", "DELIVERY-1"), YearMonth.of(2026, 4),
                timelineOf("DELIVERY-1")).penalties()).singleElement()
                .satisfies(d -> assertThat(d.amount().amount()).isEqualByComparingTo("3000.00"));
    }

    @ParameterizedTest
    @CsvSource({"SPIN, runaway: busy loop on SPIN", "SLEEP, runaway: sleeps on SLEEP",
            "CONDLOOP, runaway: condition loops on CONDLOOP"})
    void aBatchGoesOnPastRunawayRulesAndDeliversEveryOutcomeInOrder(String obligation, String rule) {
        // 60 requests, the 11th and the 41st run away: 58 evaluated at 3,000.00 EUR, 2 failed naming the rule
        List<String> obligations = IntStream.range(0, 60).mapToObj(i -> i == 10 || i == 40 ? obligation : "DELIVERY-1")
                .toList();
        long start = System.nanoTime();

        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> run = ENGINE.evaluateAll(IntStream.range(0, 60)
                .mapToObj(i -> request(i, obligations.get(i))), BatchOptions.defaults().withParallelism(2)
                .withOnFailure(BatchOptions.OnFailure.CONTINUE))) {
            outcomes = run.toList();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(outcomes).extracting(EvaluationOutcome::agreementId)
                .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(i -> "AG-" + i).toList());
        for (int i = 0; i < 60; i++) {
            EvaluationOutcome o = outcomes.get(i);
            if (i == 10 || i == 40) {
                assertThat(o.failure()).get().isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.rulePack()).isEqualTo("runaway");
                });
            } else {
                assertThat(o.failure()).as("outcome %d", i).isEmpty();
                assertThat(o.evaluation().orElseThrow().penalties()).singleElement()
                        .satisfies(d -> assertThat(d.amount().amount()).isEqualByComparingTo("3000.00"));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"SPIN, runaway: busy loop on SPIN", "SLEEP, runaway: sleeps on SLEEP",
            "CONDLOOP, runaway: condition loops on CONDLOOP"})
    void aBatchThatStopsAtARunawayRuleDeliversTheOutcomesBeforeItThenThrows(String obligation, String rule) {
        Iterator<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> run = ENGINE.evaluateAll(IntStream.range(0, 60)
                .mapToObj(i -> request(i, i == 10 ? obligation : "DELIVERY-1")), BatchOptions.defaults()
                .withParallelism(2).withOnFailure(BatchOptions.OnFailure.STOP))) {
            outcomes = run.iterator();
            for (int i = 0; i < 10; i++) {
                assertThat(outcomes.next().agreementId()).isEqualTo("AG-" + i);
            }
            assertThatThrownBy(outcomes::hasNext).isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                assertThat(e.agreementId()).isEqualTo("AG-10");
                assertThat(e.rule()).isEqualTo(rule);
            });
        }
    }

    @Test
    void closingAStreamInMidFlightReturnsQuickly() {
        // every request spins; close after the first outcome, with 2 x 2 chunks of 32 in flight
        Stream<EvaluationOutcome> run = ENGINE.evaluateAll(IntStream.range(0, 200).mapToObj(i -> request(i,
                i % 2 == 1 ? "SLEEP" : "DELIVERY-1")), BatchOptions.defaults().withParallelism(2)
                .withOnFailure(BatchOptions.OnFailure.CONTINUE));
        Iterator<EvaluationOutcome> outcomes = run.iterator();
        assertThat(outcomes.next().agreementId()).isEqualTo("AG-0");
        long start = System.nanoTime();

        run.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void evaluationsThatCannotBeStoppedAreBoundedAndFurtherOnesRefusedAtOnce() throws InterruptedException {
        SlaEngine engine = SlaEngine.builder().rulePack(RUNAWAY).maxEvaluationTime(BUDGET)
                .maxAbandonedEvaluations(1).build();
        assertThatThrownBy(() -> engine.evaluate(agreementWith("AG-1", "SPIN"), YearMonth.of(2026, 4),
                timelineOf("SPIN"))).hasMessageContaining(SPIN);

        // the busy loop still runs: the next evaluation is refused at once, naming the bound
        assertThatThrownBy(() -> engine.evaluate(agreementWith("AG-2", "DELIVERY-1"), YearMonth.of(2026, 4),
                timelineOf("DELIVERY-1")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("AG-2");
                    assertThat(e).hasMessageContaining("maxAbandonedEvaluations").hasMessageContaining("1 evaluation");
                });

        Runaway.release();
        TimeBudget budget = ((DroolsSlaEngine) engine).timeBudget();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (budget.abandonedRunning() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        // once it ends, its session is disposed, not given back, and evaluations are accepted again
        assertThat(((DroolsSlaEngine) engine).kieBase().getKieSessions()).isEmpty();
        assertThat(((DroolsSlaEngine) engine).idleSessions()).isZero();
        assertThat(engine.evaluate(agreementWith("AG-3", "DELIVERY-1"), YearMonth.of(2026, 4),
                timelineOf("DELIVERY-1")).penalties()).hasSize(1);
    }

    @Test
    void anAbandonedEvaluationsSessionIsDisposedWhenItsWorkerEndsNeverGivenBack() throws InterruptedException {
        DroolsSlaEngine engine = (DroolsSlaEngine) SlaEngine.builder().rulePack(RUNAWAY).maxEvaluationTime(BUDGET)
                .maxAbandonedEvaluations(1).build();
        engine.evaluate(agreementWith("AG-1", "DELIVERY-1"), YearMonth.of(2026, 4), timelineOf("DELIVERY-1"));
        assertThat(engine.idleSessions()).as("given back by the evaluation that finished").isOne();

        // the busy loop runs in the idle session, abandoned at the deadline and deaf to it
        assertThatThrownBy(() -> engine.evaluate(agreementWith("AG-2", "SPIN"), YearMonth.of(2026, 4),
                timelineOf("SPIN"))).hasMessageContaining(SPIN);
        assertThat(engine.idleSessions()).isZero();
        assertThat(engine.kieBase().getKieSessions()).hasSize(1);

        Runaway.release();
        TimeBudget budget = engine.timeBudget();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (budget.abandonedRunning() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        // its worker ended the run it was abandoned in: the session is disposed, not given back for reuse
        assertThat(engine.idleSessions()).isZero();
        assertThat(engine.kieBase().getKieSessions()).isEmpty();
    }

    @Test
    void aConditionThatThrowsNamesItsRuleAndPack() {
        assertThatThrownBy(() -> ENGINE.evaluate(agreementWith("AG-C", "CONDTHROW"), YearMonth.of(2026, 4),
                timelineOf("CONDTHROW")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("AG-C");
                    assertThat(e.rule()).isEqualTo("runaway: condition throws on CONDTHROW");
                    assertThat(e.rulePack()).isEqualTo("runaway");
                    assertThat(e).hasMessageContaining("cannot judge CONDTHROW");
                });
        // without a time budget too: on the caller's thread
        SlaEngine untimed = SlaEngine.builder().rulePack(RUNAWAY).build();
        assertThatThrownBy(() -> untimed.evaluate(agreementWith("AG-C", "CONDTHROW"), YearMonth.of(2026, 4),
                timelineOf("CONDTHROW")))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("runaway: condition throws on CONDTHROW");
                    assertThat(e.rulePack()).isEqualTo("runaway");
                });
    }
}
