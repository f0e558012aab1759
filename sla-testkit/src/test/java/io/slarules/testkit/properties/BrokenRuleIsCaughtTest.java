package io.slarules.testkit.properties;

import io.slarules.BatchOptions;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.InvariantViolation;
import io.slarules.testkit.SlaInvariants;
import io.slarules.testkit.SlaInvariants.Invariant;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A deliberately broken rule is caught by the invariants. Rule packs are a later issue, so a rule
 * that over-charges is simulated by an engine that alters what the default rules decide: one
 * prices a day more than the debtor's share, one ignores the cap. The invariant properties, run as
 * jqwik runs them, fail on each; so does the invariant check called on generated inputs.
 */
class BrokenRuleIsCaughtTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    /** The first decision of every evaluation charges one unit of delay more than the rules found. */
    static final SlaEngine OVERCHARGING = new AlteredEngine(true, (agreement, d) -> {
        Money rate = clause(agreement, d.clause()).ratePerUnit();
        return PenaltyDecision.builder().id(d.id()).clause(d.clause()).subject(d.subject()).debtor(d.debtor())
                .creditor(d.creditor()).amount(d.amount().plus(rate).rounded(agreement.moneyRounding()))
                .priced(d.priced().plus(rate)).delay(d.delay() + 1).unit(d.unit()).capped(d.capped())
                .terminationRight(d.terminationRight()).rules(d.rules()).explanation(d.explanation()).build();
    });

    /** Every decision is billed at its full price, as if the cap rule had not fired. */
    static final SlaEngine CAP_IGNORING = new AlteredEngine(false, (agreement, d) ->
            PenaltyDecision.builder().id(d.id()).clause(d.clause()).subject(d.subject()).debtor(d.debtor())
                    .creditor(d.creditor()).amount(d.priced().rounded(agreement.moneyRounding())).priced(d.priced())
                    .delay(d.delay()).unit(d.unit()).capped(false).terminationRight(d.terminationRight())
                    .rules(d.rules()).explanation(d.explanation()).build());

    /** The invariant properties against the over-charging engine; run below through jqwik, not by the build. */
    static class OverchargingEngineProperties extends SlaInvariantProperties {
        @Override
        protected SlaEngine engine() {
            return OVERCHARGING;
        }
    }

    /** The invariant properties against the engine that ignores caps. */
    static class CapIgnoringEngineProperties extends SlaInvariantProperties {
        @Override
        protected SlaEngine engine() {
            return CAP_IGNORING;
        }
    }

    @Test
    void theInvariantPropertyFailsOnARuleThatChargesForMoreDelayThanTheDebtorsShare() {
        Map<String, Throwable> failed = runProperties(OverchargingEngineProperties.class);

        assertThat(failed).containsKey("noPartyPaysForTimeAttributedToAnotherPartyOrExcused");
        assertThat(failed.get("noPartyPaysForTimeAttributedToAnotherPartyOrExcused"))
                .isInstanceOfSatisfying(InvariantViolation.class, v -> {
                    assertThat(v.invariant()).isEqualTo(Invariant.ONLY_ATTRIBUTED_TIME_IS_PRICED);
                    assertThat(v.getMessage()).startsWith("SLA invariant violated: no party pays for time attributed"
                            + " to another party or excused").contains("answers for");
                });
        // the other guarantees do not depend on how much a decision charges
        assertThat(failed).doesNotContainKeys("sharesAddUpToTheTotalDelay",
                "decisionIdsAreUniqueAndTheSameOnEveryReRun", "resultDoesNotDependOnTheOrderOfTheTimelinesEvents");
    }

    @Test
    void theInvariantPropertyFailsOnARuleThatIgnoresTheCap() {
        Map<String, Throwable> failed = runProperties(CapIgnoringEngineProperties.class);

        assertThat(failed).containsKey("noPenaltyIsNegativeOrExceedsItsCap");
        assertThat(failed.get("noPenaltyIsNegativeOrExceedsItsCap")).isInstanceOfSatisfying(InvariantViolation.class,
                v -> assertThat(v.invariant()).isEqualTo(Invariant.CAPS_HOLD));
    }

    @Test
    void theInvariantCheckCatchesTheOverchargingRuleOnGeneratedInputsAndPassesTheDefaultRules() {
        List<Invariant> caught = new ArrayList<>();
        SlaArbitraries.inputs().sampleStream().limit(300).forEach(input -> {
            Evaluation correct = ENGINE.evaluate(input.agreement(), input.period(), input.timeline());
            SlaInvariants.check(input.agreement(), correct);
            try {
                SlaInvariants.check(input.agreement(),
                        OVERCHARGING.evaluate(input.agreement(), input.period(), input.timeline()));
            } catch (InvariantViolation v) {
                caught.add(v.invariant());
            }
        });

        // an input with a decision is common: at least one in ten of them
        assertThat(caught).hasSizeGreaterThan(30).containsOnly(Invariant.ONLY_ATTRIBUTED_TIME_IS_PRICED);
    }

    private static Map<String, Throwable> runProperties(Class<?> properties) {
        EngineExecutionResults results = EngineTestKit.engine("jqwik")
                .configurationParameter("jqwik.tries.default", "200")
                .configurationParameter("jqwik.database", "target/jqwik-database-broken-rules")
                .selectors(selectClass(properties))
                .execute();
        return results.testEvents().failed().stream().collect(Collectors.toMap(
                e -> e.getTestDescriptor().getLegacyReportingName().replaceAll("\\(.*", ""),
                BrokenRuleIsCaughtTest::throwable));
    }

    private static Throwable throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    private interface DecisionChange {
        PenaltyDecision apply(Agreement agreement, PenaltyDecision decision);
    }

    private static LiquidatedDamages clause(Agreement agreement, String id) {
        return (LiquidatedDamages) agreement.penalties().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /** The default engine with a change to the decisions it gives (the first, or all), standing for a broken rule. */
    private static final class AlteredEngine implements SlaEngine {
        private final boolean firstOnly;
        private final DecisionChange change;

        AlteredEngine(boolean firstOnly, DecisionChange change) {
            this.firstOnly = firstOnly;
            this.change = change;
        }

        @Override
        public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
            Evaluation e = ENGINE.evaluate(agreement, period, timeline, history);
            List<PenaltyDecision> decisions = new ArrayList<>(e.penalties());
            for (int i = 0; i < decisions.size() && (i == 0 || !firstOnly); i++) {
                decisions.set(i, change.apply(agreement, decisions.get(i)));
            }
            return Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                    .attributions(e.attributions()).penalties(decisions).objectives(e.objectives())
                            .credits(e.credits())
                    .history(e.history()).explanation(e.explain()).build();
        }

        @Override
        public Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options) {
            return requests.map(r -> EvaluationOutcome.evaluated(r, evaluate(r.agreement(), r.period(),
                    r.timeline())));
        }
    }
}
