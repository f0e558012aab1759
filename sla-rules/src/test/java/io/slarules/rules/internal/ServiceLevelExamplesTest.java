package io.slarules.rules.internal;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.at;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service-level worked examples G to M of issue 3, end to end through the public API. */
class ServiceLevelExamplesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    // G: April 2026 has 30 x 1,440 = 43,200 minutes. Provider [10:00, 10:30) and [10:20, 10:50) merge into 50
    // minutes; the announced maintenance [04-12 02:00, 04:00) lies in the Sunday 02:00-04:00 window (excused,
    // 120 min); the customer's 45 minutes are its own. Uptime (43,200 - 50) / 43,200 = 99.884259...% is below
    // 99.95 but not below 99.0: 10 % of 1,000.00 USD = 100.00 USD.
    @Test
    void exampleGAvailabilityCreditsTheProviderOnlyForItsOwnDowntime() {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()), CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-03T10:00", "2026-04-03T10:30"), PROVIDER, "disk"),
                Outage.fault("O-2", "web", between(UTC, "2026-04-03T10:20", "2026-04-03T10:50"), "dc", "power"),
                Outage.maintenance("O-3", "web", between(UTC, "2026-04-12T02:00", "2026-04-12T04:00"),
                        Optional.of(at(UTC, "2026-04-01T00:00"))),
                Outage.fault("O-4", "web", between(UTC, "2026-04-15T09:00", "2026-04-15T09:45"), CUSTOMER, "customer change"));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline);

        ObjectiveResult april = evaluation.objective("AVAIL").get(0);
        assertThat(april.achieved()).isEqualByComparingTo("99.8842592592");
        assertThat(april.met()).isFalse();
        assertThat(april.lostTimeOf(Responsible.party(PROVIDER))).isEqualTo(Duration.ofMinutes(50));
        assertThat(april.lostTimeOf(Responsible.party(CUSTOMER))).isEqualTo(Duration.ofMinutes(45));
        assertThat(april.lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofMinutes(120));
        assertThat(evaluation.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.SERVICE_CREDIT);
            assertThat(c.amount()).isEqualTo(Money.of("100.00", "USD"));
            assertThat(c.debtor()).isEqualTo(PROVIDER);
            assertThat(c.creditor()).isEqualTo(CUSTOMER);
            assertThat(c.rules()).contains(DefaultRules.OUTAGE_BY_OBLIGATED_PARTY,
                    DefaultRules.AVAILABILITY, DefaultRules.BAND_CREDIT);
        });
    }

    // H: Mon-Fri 09:00-17:00 Berlin with German public holidays (Good Friday 04-03, Easter Monday 04-06).
    // Opened Thu 04-02 15:00: Thu 2 h; Fri, weekend, Mon are not working days; Tue 04-07 8 h less the 4 h waiting
    // on the customer (10:00-14:00) = 4 h; Wed 04-08 09:00-12:00 = 3 h: 9 h > 8 h. The 8th hour ends Wed 11:00.
    @Test
    void exampleHBusinessHoursHolidaysAndAPauseOnTheCustomer() {
        TimeToObjective resolution = new TimeToObjective("P1-RES", "P1 resolution", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), "office", CaseEventKind.RESOLVED, Map.of("waiting-on-customer", CUSTOMER),
                List.of(new CaseTarget("P1", Duration.ofHours(8), Optional.empty())));
        Agreement agreement = Hosting.agreement("EUR", BERLIN, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("500.00", "EUR"), List.of(resolution),
                        List.of(Hosting.credit("P1-RES").perBreach(Optional.of("P1"), Money.of("50.00", "EUR")).build()),
                        CreditCaps.NONE, List.of(Hosting.office("office", "09:00-17:00", BERLIN, "DE"))))
                .build();
        Timeline timeline = Timeline.of(
                CaseEvent.opened("E-1", "T-1", "web", at(BERLIN, "2026-04-02T15:00"), "P1"),
                CaseEvent.status("E-2", "T-1", "web", at(BERLIN, "2026-04-07T10:00"), "waiting-on-customer"),
                CaseEvent.status("E-3", "T-1", "web", at(BERLIN, "2026-04-07T14:00"), "in-progress"),
                CaseEvent.of("E-4", "T-1", "web", at(BERLIN, "2026-04-08T12:00"), CaseEventKind.RESOLVED));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline);

        CaseResult t1 = evaluation.objective("P1-RES").get(0).caseResult("T-1").orElseThrow();
        assertThat(t1.businessTime()).isEqualTo(Duration.ofHours(9));
        assertThat(t1.breachedAt()).contains(at(BERLIN, "2026-04-08T11:00"));
        assertThat(t1.pauses()).singleElement().satisfies(p -> {
            assertThat(p.responsible()).isEqualTo(Responsible.party(CUSTOMER));
            assertThat(p.length()).isEqualTo(Duration.ofHours(4));
        });
        assertThat(evaluation.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.PER_BREACH);
            assertThat(c.subject()).isEqualTo("T-1");
            assertThat(c.amount()).isEqualTo(Money.of("50.00", "EUR"));
        });
    }

    // I: 24x7 in Berlin; the clocks go back at 03:00 CEST on 2026-10-25. 22:00 CEST (20:00Z) to 06:00 CET (05:00Z)
    // is 9 hours elapsed; the 8 hours ran out at 04:00Z, which is 05:00 CET.
    @Test
    void exampleIElapsedTimeAcrossTheAutumnClockChange() {
        TimeToObjective resolution = new TimeToObjective("RES", "", "web", PROVIDER, CUSTOMER, MeasurementWindow.month(),
                "24x7", CaseEventKind.RESOLVED, Map.of(), List.of(new CaseTarget("P1", Duration.ofHours(8), Optional.empty())));
        Agreement agreement = Hosting.agreement("EUR", BERLIN, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("500.00", "EUR"), List.of(resolution),
                        List.of(Hosting.credit("RES").perBreach(Optional.empty(), Money.of("10.00", "EUR")).build()),
                        CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                CaseEvent.opened("E-1", "T-9", "web", at(BERLIN, "2026-10-24T22:00"), "P1"),
                CaseEvent.of("E-2", "T-9", "web", at(BERLIN, "2026-10-25T06:00"), CaseEventKind.RESOLVED));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 10), timeline);

        CaseResult t9 = evaluation.objective("RES").get(0).caseResult("T-9").orElseThrow();
        assertThat(t9.businessTime()).isEqualTo(Duration.ofHours(9));
        assertThat(t9.breachedAt()).contains(Instant.parse("2026-10-25T04:00:00Z"));
        assertThat(evaluation.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("10.00", "EUR"));
    }

    // J: 20 P1 cases in March on Mon-Fri 09:00-17:00 UTC, 18 resolved in 2 business hours and 2 in 6: 18 / 20 = 90 %
    // of cases within 4 hours, below 95 but not below 85: 5 % of 2,000.00 EUR = 100.00 EUR.
    @Test
    void exampleJShareOfCasesWithinTarget() {
        TimeToObjective resolution = new TimeToObjective("P1-SHARE", "", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), "office", CaseEventKind.RESOLVED, Map.of(),
                List.of(new CaseTarget("P1", Duration.ofHours(4), Optional.of(new BigDecimal("95")))));
        Agreement agreement = Hosting.agreement("EUR", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("2000.00", "EUR"), List.of(resolution),
                        List.of(Hosting.credit("P1-SHARE").bands(Hosting.band("85", "95", "5"),
                                new io.slarules.model.servicelevels.CreditBand(Optional.empty(),
                                        io.slarules.model.servicelevels.Bound.exclusive(new BigDecimal("85")),
                                        io.slarules.model.money.Amount.percentOfValue(new BigDecimal("15")))).build()),
                        CreditCaps.NONE, List.of(Hosting.office("office", "09:00-17:00", UTC, null))))
                .build();
        List<TimelineEvent> events = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 1; i <= 20; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            String resolvedAt = i <= 2 ? "T15:00" : "T11:00";
            events.add(CaseEvent.opened("O-" + i, "C-" + i, "web", at(UTC, day + "T09:00"), "P1"));
            events.add(CaseEvent.of("R-" + i, "C-" + i, "web", at(UTC, day + resolvedAt), CaseEventKind.RESOLVED));
            day = day.plusDays(1);
        }

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 3), Timeline.of(events));

        ObjectiveResult march = evaluation.objective("P1-SHARE").get(0);
        assertThat(march.cases()).hasSize(20);
        assertThat(march.achieved()).isEqualByComparingTo("90");
        assertThat(march.met()).isFalse();
        assertThat(evaluation.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "EUR"));
    }

    // K: 864 provider minutes down in April (43,200 min): 98 %, in the 25 % band: 250.00 USD; the monthly cap of
    // 10 % of 1,000.00 holds it to 100.00; the rolling cap of 10 % over 12 months allows 10 % of (11 x 1,000.00 +
    // 1,000.00) = 1,200.00 less the 1,150.00 credited in the 11 months before: 50.00 USD.
    @Test
    void exampleKRollingCapLeavesOnlyWhatTheLastElevenMonthsDidNotUse() {
        Agreement agreement = Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2027, 5, 1)))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()),
                        new CreditCaps(Optional.of(io.slarules.model.money.Amount.percentOfValue(BigDecimal.TEN)),
                                Optional.of(new CreditCaps.RollingCap(12, BigDecimal.TEN))), List.of()))
                .build();
        List<History.MonthRecord> months = new ArrayList<>();
        for (int back = 11; back >= 1; back--) {
            // 10 months of 100.00 and one of 150.00: 1,150.00
            String credited = back == 1 ? "150.00" : "100.00";
            months.add(new History.MonthRecord(YearMonth.of(2026, 4).minusMonths(back), Money.of("1000.00", "USD"),
                    Money.of(credited, "USD")));
        }
        History history = new History(months, List.of());
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-07T00:00", "2026-04-07T14:24"), PROVIDER, "outage"));

        Evaluation evaluation = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 4)), timeline, history);

        assertThat(evaluation.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("98");
        assertThat(evaluation.credits()).singleElement().satisfies(c -> {
            assertThat(c.priced()).isEqualTo(Money.of("250.00", "USD"));
            assertThat(c.amount()).isEqualTo(Money.of("50.00", "USD"));
            assertThat(c.capped()).isTrue();
        });
        assertThat(evaluation.history().month(YearMonth.of(2026, 4))).contains(
                new History.MonthRecord(YearMonth.of(2026, 4), Money.of("1000.00", "USD"), Money.of("50.00", "USD")));
    }

    // issue 11 point 5: a history built in code is checked like a history file. Example K's agreement with a
    // history in euros with a May record after the April evaluated: all refused, nothing evaluated.
    @Test
    void historyBuiltInCodeIsCheckedAgainstTheAgreementAndThePeriod() {
        Agreement agreement = Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2027, 5, 1)))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()), CreditCaps.NONE, List.of()))
                .build();
        History history = new History(List.of(
                new History.MonthRecord(YearMonth.of(2026, 3), Money.of("1000.00", "EUR"), Money.of("0.00", "EUR")),
                new History.MonthRecord(YearMonth.of(2026, 5), Money.of("1000.00", "EUR"), Money.of("0.00", "EUR"))),
                List.of());

        assertThatThrownBy(() -> ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 4)), Timeline.empty(),
                history)).isInstanceOfSatisfying(io.slarules.InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(io.slarules.Problem::path)
                        .containsExactly("months[2026-03].charged", "months[2026-05].charged", "months[2026-05]"));
    }

    // L: a 10 % credit on a 9.00 USD fee is 0.90 USD, below the 1.00 USD minimum: no decision, and a note why.
    @Test
    void exampleLCreditBelowTheMinimumIsNotIssued() {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("9.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).minimum(Money.of("1.00", "USD")).build()),
                        CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-03T10:00", "2026-04-03T11:00"), PROVIDER, "disk"));

        Evaluation evaluation = ENGINE.evaluate(agreement, YearMonth.of(2026, 4), timeline);

        assertThat(evaluation.credits()).isEmpty();
        assertThat(evaluation.objective("AVAIL").get(0).notes())
                .anyMatch(n -> n.contains("0.90 USD is below the minimum credit of 1.00 USD"));
        assertThat(evaluation.explain()).contains("below the minimum credit");
    }

    // M: March breached (60 provider minutes of 44,640: 99.865591 % -> 10 % of 1,000.00 = 100.00); April, May and
    // June met: in June the March credit is earned back (the customer pays 100.00 back). With May breached, not.
    @Test
    void exampleMEarnBackAfterThreeGoodWindows() {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "USD"), List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).earnBack(3).build()), CreditCaps.NONE,
                        List.of()))
                .build();
        Outage march = Outage.fault("O-1", "web", between(UTC, "2026-03-10T10:00", "2026-03-10T11:00"), PROVIDER, "disk");
        DateRange marchToJune = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1));

        Evaluation all = ENGINE.evaluate(agreement, marchToJune, Timeline.of(march), History.empty());

        CreditDecision marchCredit = all.credits().get(0);
        assertThat(marchCredit.amount()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(all.credits()).hasSize(2);
        assertThat(all.credits().get(1)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.EARN_BACK);
            assertThat(c.window()).isEqualTo(DateRange.ofMonth(YearMonth.of(2026, 6)));
            assertThat(c.subject()).isEqualTo(marchCredit.id());
            assertThat(c.debtor()).isEqualTo(CUSTOMER);
            assertThat(c.creditor()).isEqualTo(PROVIDER);
            assertThat(c.amount()).isEqualTo(Money.of("100.00", "USD"));
        });

        // month by month, the history passed along, gives the same decisions
        History history = History.empty();
        List<CreditDecision> oneByOne = new ArrayList<>();
        for (int month = 3; month <= 6; month++) {
            Evaluation e = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, month)), Timeline.of(march), history);
            oneByOne.addAll(e.credits());
            history = e.history();
        }
        assertThat(oneByOne).isEqualTo(all.credits());
        assertThat(history).isEqualTo(all.history());

        Outage may = Outage.fault("O-2", "web", between(UTC, "2026-05-10T10:00", "2026-05-10T11:00"), PROVIDER, "disk");
        Evaluation mayMissed = ENGINE.evaluate(agreement, marchToJune, Timeline.of(march, may), History.empty());
        assertThat(mayMissed.credits()).extracting(CreditDecision::kind)
                .containsExactly(CreditKind.SERVICE_CREDIT, CreditKind.SERVICE_CREDIT);
    }
}
