package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.PenaltyDecision;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.internal.text.DeferredText;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.Due;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.Northwind.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An evaluation's explanations are written when first read (issue 15): read later, after other evaluations, from
 * another thread and in any order, they are the texts read at once; what writing them could throw is thrown by the
 * evaluation itself.
 */
class DeferredExplanationsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final DateRange MARCH_AND_APRIL = DateRange.of(date(3, 1), date(5, 1));

    /** Example A, its 4,000.00 EUR split 70/30 with Client B's operator, a termination right after 2 days. */
    private static final Agreement SPLIT = Northwind.agreement(clientB("SPEC-1", date(3, 2)),
                    northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
            .parties(Party.of("operator", "Client B Operations", PartyRole.CUSTOMER))
            .penalties(Northwind.damages(DelayRounding.UP, OptionalLong.of(2), "DELIVERY-1").withShares(List.of(
                    new CreditShare(CLIENT_B, new BigDecimal("70")), new CreditShare("operator", new BigDecimal("30")))))
            .build();
    private static final Timeline DELIVERED = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
            Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

    /** Example G with a set-up obligation of Acme's, 3 days late under an uncapped clause: a penalty and a credit. */
    private static Agreement setUpAndExampleG() {
        return Hosting.agreement("USD", ZoneOffset.UTC, Hosting.year(2026))
                .obligations(Obligation.of("SETUP", Hosting.PROVIDER, Hosting.CUSTOMER, "Set-up of the web servers",
                        Due.onDate(LocalDate.of(2026, 4, 10))))
                .penalties(uncapped("9.1", Hosting.PROVIDER, Hosting.CUSTOMER, "SETUP", "USD"))
                .serviceLevels(DecisionIdentityTest.exampleG().serviceLevels()).build();
    }

    private static Timeline setUpAndExampleGTimeline() {
        List<TimelineEvent> events = new ArrayList<>(DecisionIdentityTest.exampleGTimeline().events());
        events.add(Fulfilment.of("F-1", "SETUP", LocalDate.of(2026, 4, 14).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return Timeline.of(events);
    }

    /** 100.00 a started day, no cap, no termination right. */
    private static LiquidatedDamages uncapped(String id, String debtor, String creditor, String obligation,
                                              String currency) {
        return new LiquidatedDamages(id, "Late work", debtor, creditor, List.of(obligation), Optional.empty(),
                Amount.of(Money.of("100.00", currency)), DelayUnit.DAYS, DelayRounding.UP, Optional.empty(),
                OptionalLong.empty());
    }

    private static List<Evaluation> evaluateAll() {
        return List.of(
                ENGINE.evaluate(SPLIT, MARCH_AND_APRIL, DELIVERED),
                // DELIVERY-1 still open on 04-24, 3 days late: damages accrued so far, split
                ENGINE.evaluate(SPLIT, DateRange.ofMonth(YearMonth.of(2026, 4)), DELIVERED, History.empty(),
                        startOf(4, 24)),
                ENGINE.evaluate(setUpAndExampleG(), YearMonth.of(2026, 4), setUpAndExampleGTimeline()));
    }

    /** Every text of an evaluation: its own, then its penalties', accrued decisions' and credits'. */
    private static List<String> texts(Evaluation evaluation) {
        List<String> texts = new ArrayList<>();
        texts.add(evaluation.explain());
        evaluation.penalties().forEach(d -> texts.add(d.explanation()));
        evaluation.accrued().forEach(d -> texts.add(d.explanation()));
        evaluation.credits().forEach(d -> texts.add(d.explanation()));
        return texts;
    }

    @Test
    void textsWrittenLaterOnAnotherThreadAreTheTextsWrittenAtOnce() throws Exception {
        List<List<String>> atOnce = evaluateAll().stream().map(DeferredExplanationsTest::texts).toList();
        List<Evaluation> kept = evaluateAll();
        evaluateAll();  // the engine goes on evaluating before the kept evaluations are read

        // parts before their whole decision, decisions before the evaluation: in the reverse order, elsewhere
        List<List<String>> later = CompletableFuture.supplyAsync(() -> {
            List<List<String>> read = new ArrayList<>();
            for (Evaluation e : kept) {
                List<String> reversed = new ArrayList<>();
                List<PenaltyDecision> accrued = new ArrayList<>(e.accrued());
                Collections.reverse(accrued);
                List<CreditDecision> credits = new ArrayList<>(e.credits());
                Collections.reverse(credits);
                List<PenaltyDecision> penalties = new ArrayList<>(e.penalties());
                Collections.reverse(penalties);
                credits.forEach(d -> reversed.add(d.explanation()));
                accrued.forEach(d -> reversed.add(d.explanation()));
                penalties.forEach(d -> reversed.add(d.explanation()));
                reversed.add(e.explain());
                Collections.reverse(reversed);
                read.add(reversed);
            }
            return read;
        }).get(30, TimeUnit.SECONDS);

        assertThat(later).isEqualTo(atOnce);
        assertThat(atOnce.get(0)).hasSize(3);
        assertThat(atOnce.get(0).get(1)).contains("70 % of 4,000.00 EUR to Client B: 2,800.00 EUR.")
                .contains("Client B may terminate the agreement.");
        assertThat(atOnce.get(1).get(1)).contains("Provisional: accrued so far");
        assertThat(atOnce.get(2)).hasSize(3);
        assertThat(atOnce.get(2).get(0)).contains("SETUP (Set-up of the web servers)").contains("Service levels, 2026-04");
        assertThat(kept).isEqualTo(evaluateAll());
    }

    @Test
    void anEvaluationLeavesItsTextsUnwrittenUntilTheyAreRead() throws Exception {
        Evaluation evaluation = ENGINE.evaluate(setUpAndExampleG(), YearMonth.of(2026, 4), setUpAndExampleGTimeline());
        PenaltyDecision penalty = evaluation.penalties().get(0);
        CreditDecision credit = evaluation.credits().get(0);

        assertThat(text(evaluation).isWritten()).isFalse();
        assertThat(text(penalty).isWritten()).isFalse();
        assertThat(text(credit).isWritten()).isFalse();

        evaluation.explain();

        // the evaluation's text holds its decisions' texts: reading it writes them once, for both
        assertThat(text(evaluation).isWritten()).isTrue();
        assertThat(text(penalty).isWritten()).isTrue();
        assertThat(text(credit).isWritten()).isTrue();
        assertThat(evaluation.explain()).contains(penalty.explanation()).contains(credit.explanation());
    }

    private static DeferredText text(Object result) throws ReflectiveOperationException {
        Field field = result.getClass().getDeclaredField("explanation");
        field.setAccessible(true);
        return (DeferredText) field.get(result);
    }

    // A pack's rule can conclude what the text cannot state; the evaluation fails then, never the text later.

    @Test
    void aTerminationRightUnderAClauseWithoutAThresholdFailsTheEvaluation() {
        RulePack pack = RulePack.builder("any-delay-terminates").version("1")
                .drl("packs/unexplainable/termination-on-any-delay.drl").replaces(DefaultRules.TERMINATION_ON_DELAY)
                .build();
        Agreement agreement = Northwind.agreement(northwind("DELIVERY-1", date(3, 30)))
                .penalties(Northwind.delayDamages("DELIVERY-1")).build();

        assertFailsNaming(pack, agreement, "penalise: termination right on any delay")
                .hasMessageContaining("termination right for DELIVERY-1")
                .hasMessageContaining("sets no threshold");
    }

    @Test
    void aLimitUnderAClauseWithoutACapFailsTheEvaluation() {
        RulePack pack = RulePack.builder("limit-of-its-own").version("1")
                .drl("packs/unexplainable/limit-without-a-cap.drl").replaces(DefaultRules.CLAUSE_WITHOUT_CAP).build();
        Agreement agreement = Northwind.agreement(northwind("DELIVERY-1", date(3, 30)))
                .penalties(uncapped("9.1", NORTHWIND, CLIENT_B, "DELIVERY-1", "EUR")).build();

        assertFailsNaming(pack, agreement, "cap: a limit of its own for a clause without a cap")
                .hasMessageContaining("charge for DELIVERY-1 to a cap, but clause 9.1 has none");
    }

    /**
     * Evaluates DELIVERY-1 fulfilled on 24 April with the pack: a typed failure naming the agreement, the rule and
     * the pack, never a raw NoSuchElementException out of the text.
     */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertFailsNaming(RulePack pack, Agreement agreement,
                                                                                   String rule) {
        SlaEngine engine = SlaEngine.builder().rulePack(pack).build();
        Timeline delivered = Timeline.of(Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));
        return assertThatThrownBy(() -> engine.evaluate(agreement, MARCH_AND_APRIL, delivered))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo(agreement.id());
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.rulePack()).isEqualTo(pack.id());
                });
    }

    @Test
    void theSameClausesWithTheDefaultRulesAreExplained() {
        Agreement agreement = Northwind.agreement(northwind("DELIVERY-1", date(3, 30)))
                .penalties(uncapped("9.1", NORTHWIND, CLIENT_B, "DELIVERY-1", "EUR")).build();
        Timeline delivered = Timeline.of(Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

        assertThat(ENGINE.evaluate(agreement, MARCH_AND_APRIL, delivered).penalties()).singleElement()
                .satisfies(d -> assertThat(d.explanation()).contains("under clause 9.1 (Late work)")
                        .doesNotContain("Cap").doesNotContain("terminate"));
    }
}
