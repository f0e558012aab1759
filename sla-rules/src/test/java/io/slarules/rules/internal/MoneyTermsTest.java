package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.ExchangeRate;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 13, points 5-7, through the Java API: richer rates for liquidated damages (W1-W4), a clause paid in
 * another currency (X1), force majeure scoped to obligations and a force-majeure termination clause (Y1, Y2).
 * The same examples run through files and the command line in sla-cli's MoneyTermsSamplesTest.
 */
class MoneyTermsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String VENDOR = "vendor";
    private static final String BUYER = "buyer";
    private static final Money VALUE = Money.of("80000.00", "EUR");
    private static final DateRange MAY = DateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));

    private static Agreement.Builder agreement(RoundingMode rounding, Obligation... obligations) {
        return Agreement.builder("V-W-2026").zone(UTC).currency("EUR").moneyRounding(rounding)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of(VENDOR, "Vendor V", PartyRole.PROVIDER), Party.of(BUYER, "Buyer W", PartyRole.CUSTOMER))
                .obligations(obligations);
    }

    private static Obligation delivery(String id) {
        return Obligation.builder(id).owner(VENDOR).beneficiary(BUYER).due(LocalDate.of(2026, 5, 4)).build();
    }

    private static LiquidatedDamages.Builder weekly(String id, String obligation) {
        return LiquidatedDamages.builder(id).debtor(VENDOR).creditor(BUYER).obligations(obligation).value(VALUE)
                .rate(Amount.percentOfValue(new BigDecimal("2"))).per(Duration.ofDays(7));
    }

    /** Delivered {@code late} after the end of 2026-05-04, the due date. */
    private static Evaluation delivered(Agreement agreement, String obligation, Duration late) {
        Instant due = LocalDate.of(2026, 5, 5).atStartOfDay(UTC).toInstant();
        return ENGINE.evaluate(agreement, MAY, Timeline.builder(agreement).fulfilled(obligation, due.plus(late)).build());
    }

    @Test
    void w1TwoPercentPerWeekProRataTenDaysLate() {
        // W1: 2 % of 80,000.00 EUR = 1,600.00 EUR a week; 10 days = 10/7 weeks; 10/7 x 1,600.00 = 2,285.714...
        // -> 2,285.71 EUR (HALF_UP), rounded once at the decision
        Agreement agreement = agreement(RoundingMode.HALF_UP, delivery("W1-DELIVERY"))
                .penalties(weekly("W1", "W1-DELIVERY").rounding(DelayRounding.PRO_RATA).build()).build();

        PenaltyDecision decision = delivered(agreement, "W1-DELIVERY", Duration.ofDays(10)).penalties().get(0);

        assertThat(decision.amount()).isEqualTo(Money.of("2285.71", "EUR"));
        assertThat(decision.priced().rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("2285.71", "EUR"));
        assertThat(decision.delay()).isEqualTo(2);   // started weeks, wherever a whole count is needed
        assertThat(decision.per()).isEqualTo(Duration.ofDays(7));
        assertThat(decision.rules()).contains(DefaultRules.DAMAGES_PRO_RATA)
                .doesNotContain(DefaultRules.DAMAGES_PER_UNIT);
        assertThat(decision.explanation())
                .contains("Vendor V is responsible for 10 days; counted pro rata: 10/7 weeks.\n")
                .contains("  10/7 x 1,600.00 EUR (2 % of 80,000.00 EUR) = 2,285.714285... EUR.\n")
                .contains("  Rounded once, HALF_UP, to 2,285.71 EUR.\n");
    }

    @Test
    void w2TheSameRatePerStartedWeek() {
        // W2: 10 days = 2 started weeks x 1,600.00 = 3,200.00 EUR
        Agreement agreement = agreement(RoundingMode.HALF_UP, delivery("W2-DELIVERY"))
                .penalties(weekly("W2", "W2-DELIVERY").rounding(DelayRounding.UP).build()).build();

        PenaltyDecision decision = delivered(agreement, "W2-DELIVERY", Duration.ofDays(10)).penalties().get(0);

        assertThat(decision.amount()).isEqualTo(Money.of("3200.00", "EUR"));
        assertThat(decision.delay()).isEqualTo(2);
        assertThat(decision.explanation()).contains("counted in started weeks: 2 weeks.\n")
                .contains("  2 x 1,600.00 EUR (2 % of 80,000.00 EUR) = 3,200.00 EUR.\n");
    }

    @Test
    void w3AFlatSumOnceLateAtAll() {
        // W3: 500.00 EUR once late at all; 1 hour late -> 1 x 500.00 = 500.00 EUR
        Agreement agreement = agreement(RoundingMode.HALF_UP, delivery("W3-DELIVERY"))
                .penalties(LiquidatedDamages.builder("W3").debtor(VENDOR).creditor(BUYER).obligations("W3-DELIVERY")
                        .rate(Amount.of(Money.of("500.00", "EUR"))).rounding(DelayRounding.ONCE).build()).build();

        PenaltyDecision decision = delivered(agreement, "W3-DELIVERY", Duration.ofHours(1)).penalties().get(0);

        assertThat(decision.amount()).isEqualTo(Money.of("500.00", "EUR"));
        assertThat(decision.delay()).isEqualTo(1);
        assertThat(decision.explanation()).contains("counted once, late at all: 1 time.\n")
                .contains("  1 x 500.00 EUR = 500.00 EUR.\n");
    }

    @Test
    void w4TerminationComparedOnTheExactDurationOrOnWholeDaysCounted() {
        // W4: 15 days 12 hours late; threshold 15 days. Exact: 15 d 12 h > 15 d -> a termination right.
        // On whole days counted: 15 > 15 is false -> none. Both price 15 whole days x 80.00 (0.1 %) = 1,200.00 EUR.
        LiquidatedDamages.Builder clause = LiquidatedDamages.builder("W4-EXACT").debtor(VENDOR).creditor(BUYER)
                .obligations("W4-DELIVERY").value(VALUE).rate(Amount.percentOfValue(new BigDecimal("0.1")))
                .rounding(DelayRounding.DOWN).terminationAfter(15);
        Agreement agreement = agreement(RoundingMode.HALF_UP, delivery("W4-DELIVERY")).penalties(
                clause.terminationBasis(LiquidatedDamages.TerminationBasis.EXACT_DURATION).build(),
                LiquidatedDamages.builder("W4-COUNTED").debtor(VENDOR).creditor(BUYER).obligations("W4-DELIVERY")
                        .value(VALUE).rate(Amount.percentOfValue(new BigDecimal("0.1"))).rounding(DelayRounding.DOWN)
                        .terminationAfter(15).build()).build();

        List<PenaltyDecision> decisions = delivered(agreement, "W4-DELIVERY", Duration.ofDays(15).plusHours(12))
                .penalties();

        assertThat(decisions).extracting(PenaltyDecision::clause, d -> d.amount().toString(), PenaltyDecision::delay,
                PenaltyDecision::terminationRight).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("W4-EXACT", "1200.00 EUR", 15L, true),
                        org.assertj.core.groups.Tuple.tuple("W4-COUNTED", "1200.00 EUR", 15L, false));
        assertThat(decisions.get(0).explanation()).contains(
                "  15 days 12 hours exceed the termination threshold of 15 days (compared exactly): Buyer W may"
                        + " terminate the agreement.\n");
        assertThat(decisions.get(1).explanation()).doesNotContain("may terminate");
    }

    @Test
    void termsBuiltInCodeEqualTheClauseCountedPerDayByDefault() {
        // the defaults keep every earlier clause as it was: per one day, compared on the units counted
        LiquidatedDamages clause = delayDamages("DELIVERY-1");
        assertThat(clause.unitMultiple()).isEqualTo(1);
        assertThat(clause.unitLength()).isEqualTo(Duration.ofDays(1));
        assertThat(clause.terminationBasis()).isEqualTo(LiquidatedDamages.TerminationBasis.COUNTED_UNITS);
        assertThat(clause.payIn()).isEmpty();
    }

    private static Agreement northwindPaidInUsd(ExchangeRate... rates) {
        LiquidatedDamages clause = LiquidatedDamages.builder("12.1").title("Delay in delivery").debtor("northwind")
                .creditor("client-b").obligations("DELIVERY-1").value(Northwind.VALUE)
                .rate(Amount.percentOfValue(new BigDecimal("0.5"))).cap(Amount.percentOfValue(BigDecimal.TEN))
                .terminationAfter(30).payIn(Currency.getInstance("USD")).exchangeRates(rates).build();
        return Northwind.agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(clause).build();
    }

    private static Timeline exampleATimeline(Agreement agreement) {
        return Timeline.builder(agreement).fulfilled("SPEC-1", LocalDate.of(2026, 3, 23))
                .fulfilled("DELIVERY-1", LocalDate.of(2026, 4, 24)).build();
    }

    @Test
    void x1ExampleAsDecisionPaidInUsd() {
        // X1: example A's 4 x 1,000.00 = 4,000.00 EUR, paid in USD at EUR->USD 1.0850: 4,000.00 x 1.0850 =
        // 4,340.00 USD, converted once at the decision and rounded once
        Agreement agreement = northwindPaidInUsd(
                ExchangeRate.of("R-1-1", "EUR", "USD", "1.0200", LocalDate.of(2026, 1, 1)),
                ExchangeRate.of("R-4-1", "EUR", "USD", "1.0850", LocalDate.of(2026, 4, 1)),
                ExchangeRate.of("R-4-25", "EUR", "USD", "1.1000", LocalDate.of(2026, 4, 25)));

        PenaltyDecision decision = ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)),
                exampleATimeline(agreement)).penalties().get(0);

        assertThat(decision.amount()).isEqualTo(Money.of("4340.00", "USD"));
        assertThat(decision.amount().amount().scale()).isEqualTo(2);
        assertThat(decision.priced()).isEqualTo(Money.of("4000.00", "EUR"));
        assertThat(decision.explanation())
                .startsWith(decision.id() + ": Northwind IT owes Client B 4,340.00 USD under clause 12.1")
                .contains("  4 x 1,000.00 EUR (0.5 % of 200,000.00 EUR) = 4,000.00 EUR.\n")
                .contains("  Paid in USD at EUR->USD 1.0850 (the clause's rate of 2026-04-01, the latest on or before"
                        + " 2026-04-24): 4,000.00 EUR x 1.0850 = 4,340.00 USD, rounded once, HALF_EVEN, to"
                        + " 4,340.00 USD.\n");
    }

    @Test
    void x1WithoutARateOnTheDayIsRefusedNamingTheClause() {
        // the only rate starts the day after DELIVERY-1 was fulfilled
        Agreement agreement = northwindPaidInUsd(ExchangeRate.of("R-1", "EUR", "USD", "1.0850", LocalDate.of(2026, 4, 25)));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)),
                        exampleATimeline(agreement)))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("penalties[0].payIn");
                    assertThat(p.message()).contains("clause 12.1 pays in USD, but no rate EUR->USD applies on"
                            + " 2026-04-24");
                }));
    }

    @Test
    void x1AtTheTimelinesRateWhenTheClauseAgreesNone() {
        // the clause pays in USD and agrees no rate: the timeline's latest on or before 2026-04-24 applies,
        // 4,000.00 EUR x 1.0850 = 4,340.00 USD; a later published rate does not
        Agreement agreement = northwindPaidInUsd();
        Timeline timeline = exampleATimeline(agreement).plus(
                ExchangeRate.of("ECB-0401", "EUR", "USD", "1.0850", LocalDate.of(2026, 4, 1)),
                ExchangeRate.of("ECB-0427", "EUR", "USD", "1.1000", LocalDate.of(2026, 4, 27)));

        PenaltyDecision decision = ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)),
                timeline).penalties().get(0);

        assertThat(decision.amount()).isEqualTo(Money.of("4340.00", "USD"));
        assertThat(decision.explanation()).contains("Paid in USD at EUR->USD 1.0850 (the timeline's rate ECB-0401 of"
                + " 2026-04-01, the latest on or before 2026-04-24)");
        // no rate in either: refused, saying where one may be given
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)),
                        exampleATimeline(agreement)))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p ->
                        assertThat(p.message()).endsWith("in the clause's or the timeline's exchangeRates")));
    }

    private static Agreement forceMajeureAgreement() {
        return agreement(RoundingMode.HALF_EVEN,
                Obligation.builder("OB-1").owner(VENDOR).beneficiary(BUYER).due(LocalDate.of(2026, 3, 1)).build(),
                Obligation.builder("OB-2").owner(VENDOR).beneficiary(BUYER).due(LocalDate.of(2026, 3, 1)).build())
                .penalties(LiquidatedDamages.builder("9.1").debtor(VENDOR).creditor(BUYER).obligations("OB-1", "OB-2")
                        .rate(Amount.of(Money.of("100.00", "EUR"))).build())
                .forceMajeureClauses(new ForceMajeure.Termination("19.2", "Prolonged force majeure", 60, List.of()))
                .build();
    }

    private static Timeline forceMajeureTimeline(Agreement agreement, String... affects) {
        // FM-1 from 2026-02-01 to 2026-04-15: 28 + 31 + 14 = 73 days
        Interval flood = Interval.of(LocalDate.of(2026, 2, 1).atStartOfDay(UTC).toInstant(),
                LocalDate.of(2026, 4, 15).atStartOfDay(UTC).toInstant());
        return Timeline.builder(agreement).event(new ForceMajeure("FM-1", flood, "flood", List.of(affects)))
                .fulfilled("OB-1", LocalDate.of(2026, 3, 11)).fulfilled("OB-2", LocalDate.of(2026, 5, 1)).build();
    }

    @Test
    void y1AnEventOfSeventyThreeDaysGivesEitherPartyTheRightToTerminateAfterSixty() {
        // Y1: 73 days > 60: both parties may terminate, under clause 19.2; the right arises on 2026-04-02
        // (60 days after 02-01), so the period holding that day reports it, once
        Agreement agreement = forceMajeureAgreement();
        Timeline timeline = forceMajeureTimeline(agreement);

        Evaluation spring = ENGINE.evaluate(agreement, DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)),
                timeline);

        assertThat(spring.terminationRights()).singleElement().satisfies(t -> {
            assertThat(t.clause()).isEqualTo("19.2");
            assertThat(t.event()).isEqualTo("FM-1");
            assertThat(t.parties()).containsExactly(VENDOR, BUYER);
            assertThat(t.lasted()).isEqualTo(Duration.ofDays(73));
            assertThat(t.rules()).containsExactly(
                    DefaultRules.TERMINATION_ON_FORCE_MAJEURE);
            assertThat(t.explanation()).startsWith(t.id() + ": Either party (Vendor V or Buyer W) may terminate the"
                    + " agreement under clause 19.2 (Prolonged force majeure).\n")
                    .contains("Force majeure FM-1 from 2026-02-01 to 2026-04-15: flood lasted 73 days, more than the"
                            + " 60 days the clause allows.");
        });
        assertThat(spring.explain()).contains("may terminate the agreement under clause 19.2");
        // re-run April alone: the same right, the same id; March does not report it
        Evaluation april = ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 4)), timeline);
        assertThat(april.terminationRights()).extracting(Evaluation.TerminationRight::id)
                .containsExactly(spring.terminationRights().get(0).id());
        assertThat(ENGINE.evaluate(agreement, DateRange.ofMonth(java.time.YearMonth.of(2026, 3)), timeline)
                .terminationRights()).isEmpty();
    }

    @Test
    void y1AsOfAnInstantTheRightArisesOnlyOnceTheEventHasLastedLongerByThen() {
        // FM-1 began 2026-02-01 00:00Z; 60 days end at 2026-04-02 00:00Z. As of that very instant it has lasted
        // exactly 60 days (no right); as of 2026-04-10 00:00Z it has lasted 68 days so far, of its 73
        Agreement agreement = forceMajeureAgreement();
        Timeline timeline = forceMajeureTimeline(agreement);
        DateRange april = DateRange.ofMonth(java.time.YearMonth.of(2026, 4));

        assertThat(ENGINE.evaluate(agreement, april, timeline, io.slarules.model.servicelevels.History.empty(),
                Instant.parse("2026-04-02T00:00:00Z")).terminationRights()).isEmpty();
        Evaluation tenth = ENGINE.evaluate(agreement, april, timeline, io.slarules.model.servicelevels.History.empty(),
                Instant.parse("2026-04-10T00:00:00Z"));

        assertThat(tenth.terminationRights()).singleElement().satisfies(t -> {
            assertThat(t.lasted()).isEqualTo(Duration.ofDays(68));
            assertThat(t.explanation()).contains("flood lasted 68 days by ")
                    .contains(", more than the 60 days the clause allows.");
        });
        // the same right as the settlement of April will report
        assertThat(tenth.terminationRights().get(0).id())
                .isEqualTo(ENGINE.evaluate(agreement, april, timeline).terminationRights().get(0).id());
    }

    // What W1 decided (a rate per week, pro rata) and what Y1 granted (a termination right) come back equal through a
    // billing system's own ObjectMapper: the unit's length and the right are not dropped on the way.
    @Test
    void weeklyDecisionsAndTerminationRightsComeBackEqualThroughAUsersObjectMapper() throws Exception {
        Evaluation w1 = delivered(agreement(RoundingMode.HALF_EVEN, delivery("OB-1"))
                .penalties(weekly("12.1", "OB-1").rounding(DelayRounding.PRO_RATA).build()).build(), "OB-1",
                Duration.ofDays(10));
        Agreement fm = forceMajeureAgreement();
        Evaluation y1 = ENGINE.evaluate(fm, DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1)),
                forceMajeureTimeline(fm));

        for (com.fasterxml.jackson.databind.ObjectMapper mapper : List.of(new com.fasterxml.jackson.databind.ObjectMapper(),
                new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules())) {
            Evaluation weekly = mapper.readValue(mapper.writeValueAsString(w1), Evaluation.class);
            assertThat(weekly).isEqualTo(w1);
            assertThat(weekly.penalties()).singleElement().satisfies(d -> {
                assertThat(d.per()).isEqualTo(Duration.ofDays(7));
                assertThat(d.fingerprint()).isEqualTo(w1.penalties().get(0).fingerprint());
            });
            Evaluation rights = mapper.readValue(mapper.writeValueAsString(y1), Evaluation.class);
            assertThat(rights).isEqualTo(y1);
            assertThat(rights.terminationRights()).singleElement().satisfies(t ->
                    assertThat(t.lasted()).isEqualTo(Duration.ofDays(73)));
        }
    }

    @Test
    void y1AnEventOfSixtyDaysExactlyGivesNoRight() {
        Agreement agreement = forceMajeureAgreement();
        Interval sixty = Interval.of(LocalDate.of(2026, 2, 1).atStartOfDay(UTC).toInstant(),
                LocalDate.of(2026, 4, 2).atStartOfDay(UTC).toInstant());

        Evaluation evaluation = ENGINE.evaluate(agreement, DateRange.of(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 1)), Timeline.builder(agreement).forceMajeure(sixty, "flood").build());

        assertThat(evaluation.terminationRights()).isEmpty();
    }

    @Test
    void y2AnEventScopedToOb2ExcusesOb2OnlyAndOb1PaysItsOwnTenDays() {
        // Y2: FM-1 names OB-2. OB-2, due 03-01 and done 05-01, is 61 days late, all inside FM-1 (73 days): excused.
        // OB-1, due 03-01 and done 03-11, was in progress during FM-1 too but is not named: 10 days its own,
        // 10 x 100.00 = 1,000.00 EUR. (Unscoped, as in Y1, OB-1's 10 days are excused too.)
        Agreement agreement = forceMajeureAgreement();
        DateRange spring = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 1));

        Evaluation scoped = ENGINE.evaluate(agreement, spring, forceMajeureTimeline(agreement, "OB-2"));

        assertThat(scoped.attribution("OB-1").orElseThrow().shareOf(VENDOR)).isEqualTo(Duration.ofDays(10));
        assertThat(scoped.attribution("OB-2").orElseThrow().shareOf(io.slarules.Responsible.EXCUSED)).isEqualTo(Duration.ofDays(61));
        assertThat(scoped.penalties()).extracting(PenaltyDecision::subject, d -> d.amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OB-1", "1000.00 EUR"));
        // the clause still gives the right: the event lasted 73 days whatever it excuses
        assertThat(scoped.terminationRights()).hasSize(1);

        Evaluation all = ENGINE.evaluate(agreement, spring, forceMajeureTimeline(agreement));
        assertThat(all.attribution("OB-1").orElseThrow().shareOf(io.slarules.Responsible.EXCUSED)).isEqualTo(Duration.ofDays(10));
        assertThat(all.penalties()).isEmpty();
    }

    @Test
    void anEventNamingAnUnknownObligationIsRefusedWithItsPath() {
        Agreement agreement = forceMajeureAgreement();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> forceMajeureTimeline(agreement, "OB-9"))
                .satisfies(e -> assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message())
                        .containsExactly("forceMajeure[FM-1].affects[0]: unknown obligation OB-9"));
    }
}
