package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Responsible;
import io.slarules.RulePack;
import io.slarules.RulePackException;
import io.slarules.RulePackProblem;
import io.slarules.RulePackProblem.Reason;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Building an engine with rule packs: what a pack changes, and each reason a pack is refused. */
class RulePacksTest {

    static final String DEFAULT_FORCE_MAJEURE = DefaultRules.FORCE_MAJEURE_SHIFTS_DUE_DATE;
    static final String CAPPED_FORCE_MAJEURE = "attribute: force majeure excuses at most 2 days of each event";

    /** Force majeure excuses at most 2 days of each event, instead of all of it. */
    static RulePack.Builder fmCap() {
        return RulePack.builder("fm-cap").version("1.0.0").description("force majeure excuses at most 2 days")
                .drl("packs/fmcap/force-majeure-cap.drl").replaces(DEFAULT_FORCE_MAJEURE);
    }

    // E, shortened: DELIVERY-4 due 07-15, force majeure [07-06, 07-09) = 3 days, done 07-25: 10 days late.
    private static final Agreement E = agreement(northwind("DELIVERY-4", date(7, 15)))
            .penalties(delayDamages("DELIVERY-4")).build();
    private static final Timeline E_TIMELINE = Timeline.of(ForceMajeure.of("FM-1", days(7, 6, 7, 9), "flood"),
            Fulfilment.of("F-1", "DELIVERY-4", endOf(7, 25)));

    @Test
    void aPackReplacesADefaultRuleThatThenNeverFiresAndTheDecisionCitesThePacksRule() {
        SlaEngine engine = SlaEngine.builder().rulePack(fmCap().build()).build();

        Evaluation evaluation = engine.evaluate(E, RuleHarness.WHOLE_YEAR, E_TIMELINE);

        // excused 2 (not 3), Northwind 8: 8 x 1,000.00 = 8,000.00 EUR (default rules: 7,000.00 EUR)
        DelayAttribution delivery = evaluation.attribution("DELIVERY-4").orElseThrow();
        assertThat(delivery.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(2));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(8));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(Money.of("8000.00", "EUR"));
            assertThat(d.rules()).contains(CAPPED_FORCE_MAJEURE).doesNotContain(DEFAULT_FORCE_MAJEURE);
        });
        // the replaced rule is in no package of the rule base (the default's are by concern: deadlines, ...)
        assertThat(((DroolsSlaEngine) engine).kieBase().getKiePackages()).flatExtracting(p -> p.getRules())
                .extracting(r -> r.getName()).isNotEmpty().doesNotContain(DEFAULT_FORCE_MAJEURE)
                .contains(CAPPED_FORCE_MAJEURE);
        assertThat(SlaEngine.builder().build()).isInstanceOfSatisfying(DroolsSlaEngine.class, plain ->
                assertThat(plain.kieBase().getRule("io.slarules.rules.internal.deadlines", DEFAULT_FORCE_MAJEURE)).isNotNull());
        assertThat(SlaEngine.builder().build().evaluate(E, RuleHarness.WHOLE_YEAR, E_TIMELINE).penalties())
                .singleElement().extracting(d -> d.amount()).isEqualTo(Money.of("7000.00", "EUR"));
    }

    @Test
    void aPackThatDoesNotParseIsRefusedWithItsFileLineAndRule() {
        RulePack broken = RulePack.builder("broken").version("1").drl("packs/broken/syntax.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(broken).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOES_NOT_COMPILE);
                    assertThat(e.pack()).isEqualTo("broken");
                    assertThat(e.file()).isEqualTo("packs/broken/syntax.drl");
                    assertThat(e.line()).isEqualTo(9);
                    assertThat(e.rule()).isEqualTo("broken: missing value");
                    assertThat(e).hasMessageContaining("rule pack broken, packs/broken/syntax.drl:9");
                });
    }

    @Test
    void aPackWhoseRuleUsesAnUnknownFieldIsRefusedWithItsFileLineAndRule() {
        RulePack broken = RulePack.builder("notypes").version("1").drl("packs/notypes/unknown-field.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(broken).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOES_NOT_COMPILE);
                    assertThat(e.pack()).isEqualTo("notypes");
                    assertThat(e.file()).isEqualTo("packs/notypes/unknown-field.drl");
                    assertThat(e.line()).isEqualTo(10);
                    assertThat(e.rule()).isEqualTo("notypes: ok");
                });
    }

    @Test
    void aPackThatReplacesAnUnknownRuleIsRefused() {
        RulePack pack = RulePack.builder("fm-cap").version("1").drl("packs/fmcap/force-majeure-cap.drl")
                .replaces("attribute: force majeure shifts the due date").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(pack).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.reason()).isEqualTo(Reason.UNKNOWN_RULE_REPLACED);
                        assertThat(p.pack()).isEqualTo("fm-cap");
                        assertThat(p.rule()).isEqualTo("attribute: force majeure shifts the due date");
                        assertThat(p.file()).isEmpty();
                        assertThat(p.line()).isZero();
                    });
                });
    }

    @Test
    void twoPacksThatReplaceTheSameRuleAreRefused() {
        RulePack none = RulePack.builder("fm-none").version("1").drl("packs/fmnone/no-force-majeure.drl")
                .replaces(DEFAULT_FORCE_MAJEURE).build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(fmCap().build()).rulePack(none).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.reason()).isEqualTo(Reason.REPLACED_TWICE);
                        assertThat(p.pack()).isEqualTo("fm-none");
                        assertThat(p.rule()).isEqualTo(DEFAULT_FORCE_MAJEURE);
                        assertThat(p.message()).contains("fm-cap");
                    });
                });
    }

    @Test
    void aPackRuleNamedLikeADefaultRuleIsRefused() {
        RulePack duplicate = RulePack.builder("duplicate").version("1").drl("packs/duplicate/same-name.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(duplicate).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_RULE_NAME);
                    assertThat(e.pack()).isEqualTo("duplicate");
                    assertThat(e.file()).isEqualTo("packs/duplicate/same-name.drl");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.rule()).isEqualTo(DEFAULT_FORCE_MAJEURE);
                    assertThat(e.problems().get(0).message()).contains("the default rules");
                });
    }

    @Test
    void twoPacksWithARuleOfTheSameNameAreRefused() {
        RulePack first = RulePack.builder("fm-a").version("1").drl("packs/fmcap/force-majeure-cap.drl").build();
        RulePack second = RulePack.builder("fm-b").version("1").drl("packs/fmcap/force-majeure-cap.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(first).rulePack(second).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_RULE_NAME);
                    assertThat(e.pack()).isEqualTo("fm-b");
                    assertThat(e.file()).isEqualTo("packs/fmcap/force-majeure-cap.drl");
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.rule()).isEqualTo(CAPPED_FORCE_MAJEURE);
                    assertThat(e.problems().get(0).message()).contains("rule pack fm-a");
                });
    }

    @Test
    void aPackForAnotherLibraryVersionIsRefused() {
        RulePack future = fmCap().supportsLibraryVersions("[1.0,2.0)").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(future).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_LIBRARY_VERSION);
                    assertThat(e.pack()).isEqualTo("fm-cap");
                    assertThat(e.problems().get(0).message()).contains("[1.0,2.0)", "0.1.0-SNAPSHOT");
                });
        assertThat(fmCap().supportsLibraryVersions("[0.1,0.2)").build().supportsLibraryVersion("0.1.0-SNAPSHOT")).isTrue();
    }

    @Test
    void aPackRuleOutsideThePhasesIsRefused() {
        RulePack pack = RulePack.builder("nophase").version("1").drl("packs/nophase/main.drl").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(pack).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.RULE_WITHOUT_PHASE);
                    assertThat(e.file()).isEqualTo("packs/nophase/main.drl");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.rule()).isEqualTo("nophase: in no agenda group");
                    assertThat(e.problems().get(0).message()).contains("MAIN", "attribute");
                });
    }

    @Test
    void aKjarThatIsNotOnTheClassPathIsRefused() {
        RulePack missing = RulePack.builder("missing").version("1").kjar("com.example", "no-such-pack").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(missing).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.pack()).isEqualTo("missing");
                    assertThat(e.file()).isEqualTo("META-INF/kie/com.example/no-such-pack/drools-model");
                });
    }

    @Test
    void aKjarWhoseCompiledRulesDoNotLoadIsRefused() {
        // test resources hold a rule list naming a class that is not there, as a kjar built for another library would
        RulePack stale = RulePack.builder("stale").version("1").kjar("com.example", "stale-pack").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(stale).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOES_NOT_COMPILE);
                    assertThat(e.pack()).isEqualTo("stale");
                    assertThat(e.file()).isEqualTo("META-INF/kie/com.example/stale-pack/drools-model");
                    assertThat(e.problems().get(0).message()).contains("com.example.stale.RulesCompiledForAnotherLibrary");
                });
    }

    @Test
    void aPackHoldsExactlyTheRulesItDeclares() {
        RulePack pack = fmCap().adds("attribute: something else").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(pack).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems())
                        .extracting(RulePackProblem::reason, RulePackProblem::rule, RulePackProblem::line)
                        .containsExactly(tuple(Reason.UNDECLARED_RULE, CAPPED_FORCE_MAJEURE, 12),
                                tuple(Reason.UNDECLARED_RULE, "attribute: something else", 0)));
        assertThat(SlaEngine.builder().rulePack(fmCap().adds(CAPPED_FORCE_MAJEURE).build()).build()).isNotNull();
    }

    @Test
    void everyProblemOfEveryPackIsListedAtOnce() {
        RulePack broken = RulePack.builder("broken").version("1").drl("packs/broken/syntax.drl").build();
        RulePack future = RulePack.builder("future").version("1").drl("packs/fmnone/no-force-majeure.drl")
                .supportsLibraryVersions("[9,)").build();
        RulePack unknown = fmCap().replaces("attribute: nothing like it").build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(broken).rulePack(future).rulePack(unknown).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems())
                        .extracting(RulePackProblem::pack, RulePackProblem::reason)
                        .containsExactly(tuple("broken", Reason.DOES_NOT_COMPILE),
                                tuple("future", Reason.UNSUPPORTED_LIBRARY_VERSION),
                                tuple("fm-cap", Reason.UNKNOWN_RULE_REPLACED)));
    }

    @Test
    void aPackCanAddAConcurrentDelayPolicyThatAgreementsThenName() {
        // R under "the owner bears every overlap": Client B 06-01..06-03 = 2 days, Northwind 6 - 2 = 4.
        RulePack pack = RulePack.builder("owner-bears").version("1").drl("packs/policy/owner-bears.drl")
                .concurrentDelayPolicy("owner-bears.OWNER_BEARS_OVERLAP").build();
        Agreement agreement = agreement(northwind("DELIVERY-5", date(6, 10)))
                .parties(new Party("hosting", "Hosting GmbH", PartyRole.SUBCONTRACTOR, Optional.of(NORTHWIND)))
                .concurrentDelay(ConcurrentDelay.of("owner-bears.OWNER_BEARS_OVERLAP")).build();
        Timeline r = Timeline.of(
                BlockedInterval.of("B-1", "DELIVERY-5", days(6, 1, 6, 5), CLIENT_B, "no test data"),
                BlockedInterval.of("B-2", "DELIVERY-5", days(6, 3, 6, 7), "hosting", "servers down"),
                Fulfilment.of("F-1", "DELIVERY-5", endOf(6, 16)));

        DelayAttribution delivery = SlaEngine.builder().rulePack(pack).build()
                .evaluate(agreement, RuleHarness.WHOLE_YEAR, r).attribution("DELIVERY-5").orElseThrow();

        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(2));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(4));
        // an engine without the pack refuses the agreement instead of guessing
        assertThatThrownBy(() -> SlaEngine.builder().build().evaluate(agreement, RuleHarness.WHOLE_YEAR, r))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("concurrentDelay.policy"));
    }

    @Test
    void discoveredPacksAreLoadedOnlyWhenAsked() {
        Evaluation without = SlaEngine.builder().build().evaluate(E, RuleHarness.WHOLE_YEAR, E_TIMELINE);
        Evaluation with = SlaEngine.builder().discoverRulePacks().build().evaluate(E, RuleHarness.WHOLE_YEAR,
                E_TIMELINE);

        assertThat(without.penalties().get(0).amount()).isEqualTo(Money.of("7000.00", "EUR"));
        assertThat(with.penalties().get(0).amount()).isEqualTo(Money.of("8000.00", "EUR"));
        // named and discovered: loaded once
        assertThat(SlaEngine.builder().rulePack(FmCapPackProvider.PACK).discoverRulePacks().build()
                .evaluate(E, RuleHarness.WHOLE_YEAR, E_TIMELINE).penalties().get(0).amount())
                .isEqualTo(Money.of("8000.00", "EUR"));
    }

    @Test
    void theBuilderRefusesTheSamePackTwice() {
        SlaEngine.Builder builder = SlaEngine.builder().rulePack(fmCap().build());

        assertThatThrownBy(() -> builder.rulePack(fmCap().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fm-cap");
    }
}
