package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import io.slarules.rules.internal.engine.DroolsSlaEngineFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine around the rules: validation, settlement by period, containment, sessions. */
class DroolsSlaEngineTest {

    private static final Agreement EXAMPLE_A = agreement(clientB("SPEC-1", date(3, 2)),
            northwind("DELIVERY-1", date(3, 30), "SPEC-1")).penalties(delayDamages("DELIVERY-1")).build();
    private static final Timeline TIMELINE_A = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
            Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

    @Test
    void aTimelineThatDoesNotFitTheAgreementIsRefusedWithEveryProblem() {
        Timeline timeline = Timeline.of(Fulfilment.of("F-9", "NO-SUCH", endOf(3, 23)),
                BlockedInterval.of("B-1", "DELIVERY-1", days(3, 1, 3, 2), "nobody", ""));

        assertThatThrownBy(() -> ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2027, 5), timeline))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).contains("NW-CB-2026");
                    assertThat(e.problems()).extracting(Problem::source, Problem::path).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("timeline", "fulfilments[F-9].obligation"),
                            org.assertj.core.groups.Tuple.tuple("timeline", "blocked[B-1].responsible"),
                            org.assertj.core.groups.Tuple.tuple("period", ""));
                    assertThat(e.problems().get(2).message()).contains("2027-05", "effective period");
                });
    }

    @Test
    void aFulfilmentOnTheLastDayOfAMonthSettlesInThatMonth() {
        // DELIVERY-1 done "2026-04-30" = 2026-05-01T00:00 local: settles in April, not May.
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 30)));

        assertThat(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), timeline).penalties()).hasSize(1);
        assertThat(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 5), timeline).penalties()).isEmpty();
        assertThat(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 5), timeline).attributions()).isEmpty();
    }

    @Test
    void whatHappensAfterThePeriodIsNotKnownToIt() {
        // March: SPEC-1 settled (21 days, Client B). DELIVERY-1, due 03-30, is late by 1 day at the end
        // of March (03-31 00:00 to 04-01 00:00), covered by the shift: Client B's, provisionally.
        Evaluation march = ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 3), TIMELINE_A);

        assertThat(march.attributions()).extracting(a -> a.subject(), a -> a.provisional(), a -> a.total().toDays())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPEC-1", false, 21L),
                        org.assertj.core.groups.Tuple.tuple("DELIVERY-1", true, 1L));
        assertThat(march.penalties()).isEmpty();
        assertThat(march.asOf()).isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(Northwind.ZONE).toInstant());
    }

    @Test
    void theSameInputGivesTheSameEvaluationWhateverTheEventOrder() {
        Timeline reversed = Timeline.of(Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)),
                Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)));

        Evaluation first = ENGINE.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A);
        Evaluation second = ENGINE.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, reversed);

        assertThat(second).isEqualTo(first);
        assertThat(second.explain()).isEqualTo(first.explain());
    }

    @Test
    void aRunawayEvaluationIsStoppedAndNamesTheRule() {
        // Example A takes 8 firings: 2 in "facts" (the work of its two obligations started), 3 in "propagate", 1 in
        // each of "assess", "penalise" and "cap". A budget of 3 is used up by "facts" and the first firing of
        // "propagate"; the second exceeds it. The rule that fired most, the facts rule (2), is named.
        SlaEngine tight = SlaEngine.builder().maxRuleFirings(3).build();

        assertThatThrownBy(() -> tight.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("NW-CB-2026");
                    assertThat(e.rule()).isEqualTo(DefaultRules.WORK_START);
                    assertThat(e).hasMessageContaining("stopped after 3 rule firings");
                });
        // the engine that failed keeps working
        assertThat(SlaEngine.builder().build().evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A).penalties())
                .hasSize(1);
    }

    @Test
    void everySessionIsGivenBackForTheNextEvaluationOrDisposedWhenItFailed() {
        DroolsSlaEngine engine = (DroolsSlaEngine) ENGINE;
        engine.disposeIdleSessions();
        for (int i = 0; i < 3; i++) {
            ENGINE.evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A);
        }
        // one after the other, the evaluations took turns with one session, given back reset
        assertThat(engine.idleSessions()).isOne();
        assertThat(DroolsSlaEngineFactory.defaultKieBase().getKieSessions()).hasSize(1);

        // an engine over the default rules shares their pool: the failed evaluation takes the idle session,
        // and it is disposed, not given back
        assertThatThrownBy(() -> SlaEngine.builder().maxRuleFirings(1).build()
                .evaluate(EXAMPLE_A, RuleHarness.WHOLE_YEAR, TIMELINE_A))
                .isInstanceOf(EvaluationFailedException.class);

        assertThat(engine.idleSessions()).isZero();
        assertThat(DroolsSlaEngineFactory.defaultKieBase().getKieSessions()).isEmpty();
    }

    @Test
    void theBuilderRefusesANonPositiveFiringLimit() {
        assertThatThrownBy(() -> SlaEngine.builder().maxRuleFirings(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRuleFirings");
    }

    @Test
    void aPeriodOutsideTheAgreementIsRefused() {
        assertThatThrownBy(() -> ENGINE.evaluate(EXAMPLE_A, DateRange.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 2, 1)), TIMELINE_A))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().extracting(Problem::source).isEqualTo("period"));
    }
}
