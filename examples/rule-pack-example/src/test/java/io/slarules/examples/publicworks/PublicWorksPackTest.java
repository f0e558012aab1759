package io.slarules.examples.publicworks;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.Fixtures;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the public-works pack decides, against what the default rules decide for the same contract.
 * {@code @SlaTest(rulePacks = ...)} injects one engine with the pack for the whole run, which also
 * checks the library's invariants on every evaluation.
 *
 * <p>The contract: Builder AG builds BRIDGE-1 for the City, due 2026-06-10; Cranes Ltd is Builder's
 * subcontractor; liquidated damages 0.5 % of 200,000.00 EUR = 1,000.00 EUR per started day of
 * Builder's delay (clause 7.2).
 */
@SlaTest(rulePacks = PublicWorksPack.class)
class PublicWorksPackTest {

    private static final SlaEngine DEFAULT_RULES = SlaEngine.builder().build();
    private static final String MONTH = "2026-06";

    private static Agreement bridge(String concurrentDelay) {
        return Fixtures.agreement("CITY-BRIDGE").provider("builder").customer("city")
                .subcontractor("cranes", "builder")
                .concurrentDelay(concurrentDelay)
                .obligation("BRIDGE-1").owedBy("builder").to("city").due("2026-06-10")
                .damages("7.2").owedBy("builder").to("city").on("BRIDGE-1").value("200000.00 EUR").rate("0.5 %")
                .build();
    }

    @Test
    void forceMajeureExcusesOnlyTheFirstFiveDaysOfAnEvent(SlaEngine engine) {
        // A flood 06-01..06-09 (8 days); BRIDGE-1 done 06-20: 10 days late.
        // Default rules: 8 excused, Builder 2 -> 2,000.00 EUR. The pack: 5 excused, Builder 5 -> 5,000.00 EUR.
        Agreement agreement = bridge(ConcurrentDelay.EXCUSE_OVERLAP);
        Timeline timeline = Fixtures.timeline(agreement)
                .forceMajeure("2026-06-01", "2026-06-09", "flood")
                .fulfilled("BRIDGE-1", "2026-06-20")
                .build();

        Evaluation withPack = engine.evaluate(agreement, Fixtures.month(MONTH), timeline);
        Evaluation withDefaults = DEFAULT_RULES.evaluate(agreement, Fixtures.month(MONTH), timeline);

        assertThat(withDefaults).hasPenalty().owedBy("builder").ofAmount("2000.00 EUR");
        assertThat(withPack).attribution("BRIDGE-1")
                .hasTotal(Duration.ofDays(10))
                .givesExcused(Duration.ofDays(5))
                .gives("builder", Duration.ofDays(5))
                .citesRule(PublicWorksPack.FORCE_MAJEURE_RULE);
        assertThat(withPack).hasPenalty().owedBy("builder").to("city").ofAmount("5000.00 EUR").withDelay(5)
                .underClause("7.2");
        assertThat(withPack.penalties().get(0).rules()).doesNotContain(PublicWorksPack.REPLACED);
    }

    @Test
    void aShortEventIsExcusedWhole(SlaEngine engine) {
        // A storm 06-02..06-05 (3 days) is under 5 days: all excused, as by default. 10 late - 3 = 7 -> 7,000.00 EUR.
        Agreement agreement = bridge(ConcurrentDelay.EXCUSE_OVERLAP);
        Timeline timeline = Fixtures.timeline(agreement)
                .forceMajeure("2026-06-02", "2026-06-05", "storm")
                .fulfilled("BRIDGE-1", "2026-06-20")
                .build();

        assertThat(engine.evaluate(agreement, Fixtures.month(MONTH), timeline)).hasPenalty().ofAmount("7000.00 EUR");
        assertThat(DEFAULT_RULES.evaluate(agreement, Fixtures.month(MONTH), timeline)).hasPenalty().ofAmount("7000.00 EUR");
    }

    @Test
    void theDominantCauseBearsTheOverlap(SlaEngine engine) {
        // Cranes (Builder's side) blocked 06-01..06-08 (7 days); the City blocked 06-03..06-05 (2 days); done 06-18:
        // 8 days late. DOMINANT_CAUSE: the cranes' 7 days dominate, the overlap is Builder's: 8 -> 8,000.00 EUR.
        // EXCUSE_OVERLAP (the default policy): 2 excused, Builder 6 -> 6,000.00 EUR.
        Timeline timeline = Fixtures.timeline(bridge(ConcurrentDelay.EXCUSE_OVERLAP))
                .blocked("BRIDGE-1", "2026-06-01", "2026-06-08", "cranes", "crane failure")
                .blocked("BRIDGE-1", "2026-06-03", "2026-06-05", "city", "permit pending")
                .fulfilled("BRIDGE-1", "2026-06-18")
                .build();

        Evaluation dominant = engine.evaluate(bridge(PublicWorksPack.DOMINANT_CAUSE), Fixtures.month(MONTH), timeline);
        Evaluation excused = engine.evaluate(bridge(ConcurrentDelay.EXCUSE_OVERLAP), Fixtures.month(MONTH), timeline);

        assertThat(dominant).attribution("BRIDGE-1").gives("builder", Duration.ofDays(8)).givesNothingTo("city");
        assertThat(dominant).hasPenalty().owedBy("builder").ofAmount("8000.00 EUR");
        assertThat(excused).attribution("BRIDGE-1").givesExcused(Duration.ofDays(2)).gives("builder", Duration.ofDays(6));
        assertThat(excused).hasPenalty().ofAmount("6000.00 EUR");
    }

    @Test
    void theCustomerAsDominantCauseBearsTheOverlapAndIsCited(SlaEngine engine) {
        // The City blocked 06-01..06-08 (7 days), the cranes 06-03..06-05 (2 days); done 06-18: 8 late.
        // DOMINANT_CAUSE: the City's 7 days dominate: City 7, Builder 1 -> 1,000.00 EUR.
        Agreement agreement = bridge(PublicWorksPack.DOMINANT_CAUSE);
        Timeline timeline = Fixtures.timeline(agreement)
                .blocked("BRIDGE-1", "2026-06-01", "2026-06-08", "city", "permit pending")
                .blocked("BRIDGE-1", "2026-06-03", "2026-06-05", "cranes", "crane failure")
                .fulfilled("BRIDGE-1", "2026-06-18")
                .build();

        Evaluation evaluation = engine.evaluate(agreement, Fixtures.month(MONTH), timeline);

        assertThat(evaluation).attribution("BRIDGE-1").gives("city", Duration.ofDays(7)).gives("builder", Duration.ofDays(1))
                .citesRule(PublicWorksPack.DOMINANT_CAUSE_RULE);
        assertThat(evaluation).hasPenalty().ofAmount("1000.00 EUR");
    }

    @Test
    void anEngineWithoutThePackRefusesAnAgreementNamingItsPolicy() {
        Agreement agreement = bridge(PublicWorksPack.DOMINANT_CAUSE);
        Timeline timeline = Fixtures.timeline(agreement).fulfilled("BRIDGE-1", "2026-06-18").build();

        assertThatThrownBy(() -> DEFAULT_RULES.evaluate(agreement, Fixtures.month(MONTH), timeline))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("concurrentDelay.policy").hasMessageContaining(PublicWorksPack.DOMINANT_CAUSE);
    }

    @Test
    void thePackIsFoundByDiscoveryWhenAskedFor() {
        Agreement agreement = bridge(PublicWorksPack.DOMINANT_CAUSE);
        Timeline timeline = Fixtures.timeline(agreement).fulfilled("BRIDGE-1", "2026-06-18").build();

        assertThat(SlaEngine.builder().discoverRulePacks().build()
                .evaluate(agreement, Fixtures.month(MONTH), timeline)).hasPenalty().ofAmount("8000.00 EUR");
    }
}
