package io.slarules.rules.internal;

import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.Decision;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.internal.engine.DecisionIds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.at;
import static io.slarules.rules.internal.Hosting.between;
import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision's id says what it is, whatever period it was evaluated in and whatever its amount; its
 * fingerprint says what it says. A billing system books each id once and sees a correction as a
 * new fingerprint under a known id.
 */
class DecisionIdentityTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateRange MARCH_AND_APRIL = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
    private static final DateRange SECOND_QUARTER = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));

    static final Agreement EXAMPLE_A = Northwind.agreement(clientB("SPEC-1", date(3, 2)),
            northwind("DELIVERY-1", date(3, 30), "SPEC-1")).penalties(Northwind.delayDamages("DELIVERY-1")).build();

    private static Timeline deliveredOn(int month, int day) {
        return Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)), Fulfilment.of("F-2", "DELIVERY-1",
                endOf(month, day)));
    }

    private static PenaltyDecision only(Evaluation evaluation) {
        assertThat(evaluation.penalties()).hasSize(1);
        return evaluation.penalties().get(0);
    }

    @Test
    void exampleAHasOneIdHoweverItsPeriodIsWritten() {
        // 4 days x 1,000.00 EUR = 4,000.00 EUR in each; April as a month, as 2026-03-01..2026-05-01, inside the
        // second quarter and inside the agreement's year
        PenaltyDecision month = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 24)));
        PenaltyDecision twoMonths = only(ENGINE.evaluate(EXAMPLE_A, MARCH_AND_APRIL, deliveredOn(4, 24)));
        PenaltyDecision quarter = only(ENGINE.evaluate(EXAMPLE_A, SECOND_QUARTER, deliveredOn(4, 24)));
        PenaltyDecision year = only(RuleHarness.evaluate(EXAMPLE_A, deliveredOn(4, 24)));

        assertThat(month.amount()).isEqualTo(Money.of("4000.00", "EUR"));
        assertThat(month.id()).matches("PD-[0-9a-f]{16}");
        assertThat(List.of(twoMonths.id(), quarter.id(), year.id())).containsOnly(month.id());
        assertThat(List.of(twoMonths.fingerprint(), quarter.fingerprint(), year.fingerprint()))
                .containsOnly(month.fingerprint());
        assertThat(month.explanation()).startsWith(month.id() + ": ");
    }

    @Test
    void aCorrectedTimelineKeepsTheIdAndChangesTheFingerprint() {
        // the delivery was in fact on 04-25: 26 days late, 21 of them Client B's, 5 x 1,000.00 = 5,000.00 EUR
        PenaltyDecision booked = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 24)));
        PenaltyDecision corrected = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 25)));

        assertThat(corrected.amount()).isEqualTo(Money.of("5000.00", "EUR"));
        assertThat(corrected.id()).isEqualTo(booked.id());
        assertThat(corrected.fingerprint()).isNotEqualTo(booked.fingerprint());
    }

    @Test
    void aFulfilmentCorrectedIntoTheNextMonthIsTheSameDecision() {
        // delivered 05-02 after all: 33 days late, 21 Client B's, 12 x 1,000.00 = 12,000.00 EUR (cap 20,000.00 not
        // reached), settled in May now; April settles nothing for DELIVERY-1
        PenaltyDecision booked = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 24)));
        Evaluation april = ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(5, 2));
        PenaltyDecision may = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 5), deliveredOn(5, 2)));

        assertThat(april.penalties()).isEmpty();
        assertThat(may.amount()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(may.id()).isEqualTo(booked.id());
        assertThat(may.fingerprint()).isNotEqualTo(booked.fingerprint());
    }

    @Test
    void theSameContentGivesTheSameFingerprintOnEveryRun() {
        PenaltyDecision first = only(ENGINE.evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 24)));
        PenaltyDecision again = only(io.slarules.SlaEngine.builder().build()
                .evaluate(EXAMPLE_A, YearMonth.of(2026, 4), deliveredOn(4, 24)));

        assertThat(again).isEqualTo(first);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void decisionsOnDifferentObligationsOrClausesHaveDifferentIds() {
        // DELIVERY-1 4 days Northwind's (4,000.00 EUR); DELIVERY-2 due 04-10, delivered 04-13: 3 days (3,000.00 EUR);
        // the standby fee: Client B pays for its 21 days on DELIVERY-1 under its own clause
        io.slarules.model.obligations.LiquidatedDamages standby = new io.slarules.model.obligations.LiquidatedDamages("7.3", "Standby fee",
                CLIENT_B, NORTHWIND, List.of("DELIVERY-1"), Optional.empty(),
                io.slarules.model.money.Amount.of(Money.of("500.00", "EUR")), io.slarules.model.obligations.DelayUnit.DAYS,
                io.slarules.model.obligations.DelayRounding.UP, Optional.empty(), java.util.OptionalLong.empty());
        Agreement agreement = Northwind.agreement(clientB("SPEC-1", date(3, 2)),
                        northwind("DELIVERY-1", date(3, 30), "SPEC-1"), northwind("DELIVERY-2", date(4, 10)))
                .penalties(Northwind.delayDamages("DELIVERY-1", "DELIVERY-2"), standby).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)), Fulfilment.of("F-3", "DELIVERY-2", endOf(4, 13)));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline);

        assertThat(evaluation.penalties()).extracting(PenaltyDecision::clause, PenaltyDecision::subject,
                        PenaltyDecision::debtor, p -> p.amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("12.1", "DELIVERY-1", NORTHWIND, "4000.00 EUR"),
                        org.assertj.core.groups.Tuple.tuple("12.1", "DELIVERY-2", NORTHWIND, "3000.00 EUR"),
                        org.assertj.core.groups.Tuple.tuple("7.3", "DELIVERY-1", CLIENT_B, "10500.00 EUR"));
        assertThat(evaluation.penalties()).extracting(PenaltyDecision::id).doesNotHaveDuplicates();
    }

    @Test
    void everyPartOfTheIdentityChangesThePenaltysId() {
        String id = DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", NORTHWIND, CLIENT_B);

        assertThat(Set.of(id,
                DecisionIds.penalty("NW-CB-2027", "12.1", "DELIVERY-1", NORTHWIND, CLIENT_B),
                DecisionIds.penalty("NW-CB-2026", "12.2", "DELIVERY-1", NORTHWIND, CLIENT_B),
                DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-2", NORTHWIND, CLIENT_B),
                DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", CLIENT_B, CLIENT_B),
                DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", NORTHWIND, "operator"))).hasSize(6);
        assertThat(id).isEqualTo(DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", NORTHWIND, CLIENT_B));
    }

    @Test
    void everyPartOfTheIdentityChangesTheCreditsId() {
        DateRange april = DateRange.ofMonth(YearMonth.of(2026, 4));
        DateRange may = DateRange.ofMonth(YearMonth.of(2026, 5));
        String id = DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", april, "AVAIL", "acme",
                "client");

        assertThat(Set.of(id,
                DecisionIds.credit("H", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", april, "AVAIL", "acme", "client"),
                DecisionIds.credit("G", "7.3", CreditKind.SERVICE_CREDIT, "AVAIL", april, "AVAIL", "acme", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.REPEAT_OFFENCE, "AVAIL", april, "AVAIL", "acme", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "RESP", april, "AVAIL", "acme", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", may, "AVAIL", "acme", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", april, "C-1", "acme", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", april, "AVAIL", "dc", "client"),
                DecisionIds.credit("G", "7.2", CreditKind.SERVICE_CREDIT, "AVAIL", april, "AVAIL", "acme", "other")))
                .hasSize(9);
        assertThat(id).matches("CR-[0-9a-f]{16}");
    }

    // Example A's 4,000.00 EUR split 70/30 between Client B (2,800.00) and its operator (1,200.00): two decisions,
    // two ids, the same two whether March-April or the year was evaluated.
    @Test
    void theDecisionsOfASplitKeepIdsOfTheirOwn() {
        Agreement agreement = Northwind.agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30),
                "SPEC-1"))
                .parties(Party.of("operator", "Client B Operations", PartyRole.CUSTOMER))
                .penalties(Northwind.delayDamages("DELIVERY-1").withShares(List.of(
                        new CreditShare(CLIENT_B, new BigDecimal("70")), new CreditShare("operator",
                                new BigDecimal("30")))))
                .build();

        List<PenaltyDecision> parts = ENGINE.evaluate(agreement, MARCH_AND_APRIL, deliveredOn(4, 24)).penalties();
        List<PenaltyDecision> inTheYear = RuleHarness.evaluate(agreement, deliveredOn(4, 24)).penalties();

        assertThat(parts).extracting(p -> p.amount().toString()).containsExactly("2800.00 EUR", "1200.00 EUR");
        assertThat(parts).extracting(PenaltyDecision::id).doesNotHaveDuplicates().containsExactly(
                DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", NORTHWIND, CLIENT_B),
                DecisionIds.penalty("NW-CB-2026", "12.1", "DELIVERY-1", NORTHWIND, "operator"));
        assertThat(parts.get(0).fingerprint()).isNotEqualTo(parts.get(1).fingerprint());
        assertThat(inTheYear).isEqualTo(parts);
    }

    /** Example G: 50 provider minutes in April, 99.884259 % against 99.95 %: 10 % of 1,000.00 USD = 100.00 USD. */
    static Agreement exampleG() {
        return Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()), CreditCaps.NONE, List.of()))
                .build();
    }

    static Timeline exampleGTimeline() {
        return Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-03T10:00", "2026-04-03T10:30"), PROVIDER, "disk"),
                Outage.fault("O-2", "web", between(UTC, "2026-04-03T10:20", "2026-04-03T10:50"), "dc", "power"),
                Outage.maintenance("O-3", "web", between(UTC, "2026-04-12T02:00", "2026-04-12T04:00"),
                        Optional.of(at(UTC, "2026-04-01T00:00"))),
                Outage.fault("O-4", "web", between(UTC, "2026-04-15T09:00", "2026-04-15T09:45"), CUSTOMER,
                        "customer change"));
    }

    @Test
    void aCreditHasOneIdWhetherItsMonthIsEvaluatedAloneOrInAQuarter() {
        CreditDecision alone = ENGINE.evaluate(exampleG(), YearMonth.of(2026, 4), exampleGTimeline()).credits()
                .get(0);
        List<CreditDecision> quarter = ENGINE.evaluate(exampleG(), SECOND_QUARTER, exampleGTimeline()).credits();

        assertThat(alone.amount()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(quarter).singleElement().isEqualTo(alone);
        assertThat(alone.id()).isEqualTo(DecisionIds.credit("HOSTING-1", alone.clause(), CreditKind.SERVICE_CREDIT,
                "AVAIL", DateRange.ofMonth(YearMonth.of(2026, 4)), "AVAIL", PROVIDER, CUSTOMER));
    }

    // Example G with a set-up obligation of Acme's due 04-10 (end of day, UTC), done 04-13: 3 days x 100.00 USD =
    // 300.00 USD of liquidated damages, and G's 100.00 USD service credit: 400.00 USD to invoice in one loop.
    @Test
    void decisionsListsPenaltiesThenCreditsForOneInvoicingLoop() {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .obligations(io.slarules.model.obligations.Obligation.of("SETUP", PROVIDER, CUSTOMER, "",
                        io.slarules.model.obligations.Due.onDate(LocalDate.of(2026, 4, 10))))
                .penalties(new io.slarules.model.obligations.LiquidatedDamages("9.1", "Late set-up", PROVIDER, CUSTOMER,
                        List.of("SETUP"), Optional.empty(), io.slarules.model.money.Amount.of(Money.of("100.00", "USD")),
                        io.slarules.model.obligations.DelayUnit.DAYS, io.slarules.model.obligations.DelayRounding.UP, Optional.empty(),
                        java.util.OptionalLong.empty()))
                .serviceLevels(exampleG().serviceLevels()).build();
        List<io.slarules.model.timeline.TimelineEvent> events = new java.util.ArrayList<>(exampleGTimeline().events());
        events.add(Fulfilment.of("F-1", "SETUP", LocalDate.of(2026, 4, 14).atStartOfDay(UTC).toInstant()));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), Timeline.of(events));

        assertThat(evaluation.decisions()).hasSize(2);
        assertThat(evaluation.decisions().get(0)).isEqualTo(evaluation.penalties().get(0));
        assertThat(evaluation.decisions().get(1)).isEqualTo(evaluation.credits().get(0));
        assertThat(evaluation.decisions()).extracting(Decision::kind)
                .containsExactly(io.slarules.PenaltyKind.LIQUIDATED_DAMAGES, CreditKind.SERVICE_CREDIT);
        Money total = Money.zero(java.util.Currency.getInstance("USD"));
        for (Decision d : evaluation.decisions()) {
            assertThat(d.debtor()).isEqualTo(PROVIDER);
            assertThat(d.creditor()).isEqualTo(CUSTOMER);
            total = total.plus(d.amount());
        }
        assertThat(total).isEqualTo(Money.of("400.00", "USD"));
    }
}
