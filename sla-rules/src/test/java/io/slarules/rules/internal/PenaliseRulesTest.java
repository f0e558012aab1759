package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.damages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.ENGINE;
import static io.slarules.rules.internal.RuleHarness.evaluate;
import static io.slarules.rules.internal.RuleHarness.firings;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of phases "assess", "penalise" and "cap". */
class PenaliseRulesTest {

    private static final String ASSESS = DefaultRules.DELAY_OF_THE_DEBTOR;
    private static final String PRICE = DefaultRules.DAMAGES_PER_UNIT;
    private static final String TERMINATION = DefaultRules.TERMINATION_ON_DELAY;
    private static final String CAP = DefaultRules.CLAUSE_AGGREGATE_CAP;
    private static final String NO_CAP = DefaultRules.CLAUSE_WITHOUT_CAP;

    private static final Timeline EXAMPLE_A = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
            Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

    private static Agreement.Builder exampleA() {
        return agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"));
    }

    @Test
    void aStandbyFeePricesTheCustomersShareOfTheSameDelay() {
        // Example A with a second clause: Client B pays 500.00 EUR per started day of its own delay
        // on DELIVERY-1, uncapped: 21 x 500.00 = 10,500.00 EUR, owed to Northwind.
        LiquidatedDamages standby = new LiquidatedDamages("7.3", "Standby fee", CLIENT_B, NORTHWIND,
                List.of("DELIVERY-1"), Optional.empty(), Amount.of(Money.of("500.00", "EUR")), DelayUnit.DAYS,
                DelayRounding.UP, Optional.empty(), OptionalLong.empty());
        Agreement agreement = exampleA().penalties(Northwind.delayDamages("DELIVERY-1"), standby).build();

        Evaluation evaluation = evaluate(agreement, EXAMPLE_A);

        assertThat(firings(agreement, EXAMPLE_A)).containsEntry(ASSESS, 2).containsEntry(PRICE, 2)
                .containsEntry(CAP, 1).containsEntry(NO_CAP, 1);
        assertThat(evaluation.penalties()).extracting(PenaltyDecision::clause, PenaltyDecision::debtor,
                        PenaltyDecision::creditor, PenaltyDecision::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("12.1", NORTHWIND, CLIENT_B, Money.of("4000.00", "EUR")),
                        org.assertj.core.groups.Tuple.tuple("7.3", CLIENT_B, NORTHWIND, Money.of("10500.00", "EUR")));
    }

    @Test
    void theProviderAnswersForTheSubcontractorItEngaged() {
        // Northwind engaged Hosting GmbH. HOSTING-1 (Hosting's, due 04-01, done 04-06) is 5 days late;
        // it shifts DELIVERY-7 (due 04-20, done 04-28: 8 late): Hosting 5 + Northwind 3 in the attribution,
        // but towards Client B Northwind answers for all 8: 8 x 1,000.00 = 8,000.00 EUR.
        // A block of DELIVERY-7 by Hosting is likewise Northwind's to answer for, not Client B's.
        Agreement agreement = Agreement.builder("NW-CB-2026").zone(Northwind.ZONE).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1)))
                .parties(io.slarules.model.Party.of(NORTHWIND, "Northwind IT", io.slarules.model.PartyRole.PROVIDER),
                        io.slarules.model.Party.of(CLIENT_B, "Client B", io.slarules.model.PartyRole.CUSTOMER),
                        io.slarules.model.Party.subcontractor("hosting", "Hosting GmbH", NORTHWIND))
                .obligations(io.slarules.model.obligations.Obligation.of("HOSTING-1", "hosting", NORTHWIND, "servers",
                                io.slarules.model.obligations.Due.onDate(date(4, 1))),
                        northwind("DELIVERY-7", date(4, 20), "HOSTING-1"))
                .penalties(Northwind.delayDamages("DELIVERY-7")).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "HOSTING-1", endOf(4, 6)),
                Fulfilment.of("F-2", "DELIVERY-7", endOf(4, 28)));

        Evaluation evaluation = evaluate(agreement, timeline);

        var a = evaluation.attribution("DELIVERY-7").orElseThrow();
        assertThat(a.shareOf("hosting")).isEqualTo(java.time.Duration.ofDays(5));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(java.time.Duration.ofDays(3));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.debtor()).isEqualTo(NORTHWIND);
            assertThat(d.delay()).isEqualTo(8);
            assertThat(d.amount()).isEqualTo(Money.of("8000.00", "EUR"));
        });
    }

    @Test
    void theCapIsConsumedInSettlementOrderAcrossObligationsAndPeriods() {
        // Two deliveries, each 15 days late on Northwind's account: 15 x 1,000.00 = 15,000.00 each.
        // The cap (10 % = 20,000.00) lets 15,000.00 through for the first (settled 05-16) and
        // 5,000.00 for the second (settled 06-15), whether both are evaluated at once or month by month.
        Agreement agreement = agreement(northwind("D-1", date(5, 1)), northwind("D-2", date(5, 31)))
                .penalties(Northwind.delayDamages("D-1", "D-2")).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "D-1", endOf(5, 16)),
                Fulfilment.of("F-2", "D-2", endOf(6, 15)));

        assertThat(evaluate(agreement, timeline).penalties()).extracting(PenaltyDecision::subject,
                        PenaltyDecision::amount, PenaltyDecision::capped)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D-1", Money.of("15000.00", "EUR"), false),
                        org.assertj.core.groups.Tuple.tuple("D-2", Money.of("5000.00", "EUR"), true));
        Evaluation may = ENGINE.evaluate(agreement, YearMonth.of(2026, 5), timeline);
        Evaluation june = ENGINE.evaluate(agreement, YearMonth.of(2026, 6), timeline);
        assertThat(may.penalties()).singleElement().extracting(PenaltyDecision::amount)
                .isEqualTo(Money.of("15000.00", "EUR"));
        assertThat(june.penalties()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("D-2");
            assertThat(d.amount()).isEqualTo(Money.of("5000.00", "EUR"));
            assertThat(d.explanation()).contains("15,000.00 EUR used before");
        });
    }

    @Test
    void theTerminationThresholdMustBeExceededNotMerelyReached() {
        // due 07-15: done 08-14 is 30 days late (no right), done 08-15 is 31 days (right).
        for (int day : new int[] {14, 15}) {
            Agreement agreement = agreement(northwind("D-4", date(7, 15)))
                    .penalties(damages(DelayRounding.UP, OptionalLong.of(30), "D-4")).build();
            Timeline timeline = Timeline.of(Fulfilment.of("F-1", "D-4", endOf(8, day)));

            boolean expected = day == 15;
            assertThat(evaluate(agreement, timeline).penalties()).singleElement()
                    .extracting(PenaltyDecision::terminationRight).isEqualTo(expected);
            assertThat(firings(agreement, timeline).containsKey(TERMINATION)).isEqualTo(expected);
        }
    }

    @Test
    void lessThanAWholeDayRoundedDownIsAssessedButNotPriced() {
        // due 06-01, done 06-02 at 18:00: 18 hours late; DOWN counts 0 days: assessed, nothing priced.
        var delivered = LocalDate.of(2026, 6, 2).atTime(18, 0).atZone(Northwind.ZONE).toInstant();
        Agreement agreement = agreement(northwind("D-5", date(6, 1)))
                .penalties(damages(DelayRounding.DOWN, OptionalLong.empty(), "D-5")).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "D-5", delivered));

        assertThat(firings(agreement, timeline)).containsEntry(ASSESS, 1).doesNotContainKeys(PRICE, CAP);
        assertThat(evaluate(agreement, timeline).penalties()).isEmpty();
    }

    @Test
    void hourlyDamagesAreRoundedOnceToTheCent() {
        // 0.125 % of 12,345.67 EUR = 15.4320875 EUR per hour. Due 06-01, done 06-02 03:30 local:
        // 3 hours 30 minutes late, 4 started hours: 4 x 15.4320875 = 61.72835 -> HALF_EVEN 61.73 EUR.
        var delivered = LocalDate.of(2026, 6, 2).atTime(3, 30).atZone(Northwind.ZONE).toInstant();
        LiquidatedDamages hourly = new LiquidatedDamages("9", "", NORTHWIND, CLIENT_B, List.of("D-6"),
                Optional.of(Money.of("12345.67", "EUR")), Amount.percentOfValue(new BigDecimal("0.125")),
                DelayUnit.HOURS, DelayRounding.UP, Optional.empty(), OptionalLong.empty());
        Agreement agreement = agreement(northwind("D-6", date(6, 1))).penalties(hourly).build();

        PenaltyDecision decision = evaluate(agreement, Timeline.of(Fulfilment.of("F-1", "D-6", delivered)))
                .penalties().get(0);

        assertThat(decision.delay()).isEqualTo(4);
        assertThat(decision.priced()).isEqualTo(Money.of("61.72835", "EUR"));
        assertThat(decision.amount()).isEqualTo(Money.of("61.73", "EUR"));
        assertThat(decision.amount().amount().scale()).isEqualTo(2);
        assertThat(firings(agreement, Timeline.of(Fulfilment.of("F-1", "D-6", delivered))))
                .containsEntry(NO_CAP, 1);
    }

    @Test
    void decisionIdsDependOnWhatTheDecisionIsNotOnTheRunNorOnThePeriodAskedFor() {
        Agreement agreement = exampleA().penalties(Northwind.delayDamages("DELIVERY-1")).build();
        DateRange april = DateRange.ofMonth(YearMonth.of(2026, 4));

        String first = ENGINE.evaluate(agreement, april, EXAMPLE_A).penalties().get(0).id();
        String again = io.slarules.SlaEngine.builder().build().evaluate(agreement, april, EXAMPLE_A).penalties().get(0).id();
        String wholeYear = evaluate(agreement, EXAMPLE_A).penalties().get(0).id();

        // issue 11: April's decision is the same decision whether April or the year was evaluated
        assertThat(first).isEqualTo(again).isEqualTo(wholeYear).matches("PD-[0-9a-f]{16}");
    }
}
