package io.slarules.rules.internal;

import io.slarules.CaseResult;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.SlaEngine;
import io.slarules.calendar.TimeRange;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.at;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each service-level rule and term on its own. April 2026 in UTC has 43,200 minutes; the fee is
 * 1,000.00 USD; the target 99.95 % with G's bands (below 99.95 -> 10 %, below 99 -> 25 %, below 95
 * -> 100 %) unless a test says otherwise.
 */
class ServiceLevelRulesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final Money FEE = Money.of("1000.00", "USD");

    private static Agreement availability(AvailabilityObjective objective, ServiceCredit.Builder credit, CreditCaps caps,
                                          Optional<Duration> notice) {
        return Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web", FEE)), List.of(),
                        List.of(new MaintenanceWindow(DayOfWeek.SUNDAY, TimeRange.parse("02:00-04:00"))), notice,
                        List.of(objective), List.of(credit.build()), caps))
                .build();
    }

    private static Agreement availability() {
        return availability(Hosting.availability("99.95"), Hosting.credit("AVAIL").bands(Hosting.gBands()),
                CreditCaps.NONE, Optional.empty());
    }

    private static ObjectiveResult april(Evaluation e) {
        return e.objective("AVAIL").get(0);
    }

    // 60 minutes of the provider's subcontractor: (43,200 - 60) / 43,200 = 99.861111 % -> 10 % = 100.00
    @Test
    void aSubcontractorsOutageCountsAgainstTheProviderThatEngagedIt() {
        Evaluation e = ENGINE.evaluate(availability(), APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), "dc", "power")));

        assertThat(april(e).lostTimeOf(Responsible.party(PROVIDER))).isEqualTo(Duration.ofMinutes(60));
        assertThat(april(e).achieved()).isEqualByComparingTo("99.8611111111");
        assertThat(april(e).rules()).contains(DefaultRules.OUTAGE_BY_OBLIGATED_PARTY);
        assertThat(e.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    @Test
    void theCustomersOutageIsReportedAgainstItAndCostsTheProviderNothing() {
        Evaluation e = ENGINE.evaluate(availability(), APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T16:00"), CUSTOMER, "their change")));

        assertThat(april(e).met()).isTrue();
        assertThat(april(e).lostTimeOf(Responsible.party(CUSTOMER))).isEqualTo(Duration.ofHours(6));
        assertThat(april(e).lostTimeOf(Responsible.party(PROVIDER))).isZero();
        assertThat(april(e).rules()).contains(DefaultRules.OUTAGE_BY_ANOTHER_PARTY);
        assertThat(e.credits()).isEmpty();
    }

    // Provider [10:00, 11:00) and customer [10:30, 11:30): the half hour both were down is the customer's;
    // the provider pays for 30 minutes only: 99.930555 % -> 10 %.
    @Test
    void overlappingDowntimeCountsAgainstTheObligatedPartyOnlyWhereNothingElseExplainsIt() {
        Evaluation e = ENGINE.evaluate(availability(), APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug"),
                Outage.fault("O-2", "web", between(UTC, "2026-04-08T10:30", "2026-04-08T11:30"), CUSTOMER, "change")));

        assertThat(april(e).lostTimeOf(Responsible.party(PROVIDER))).isEqualTo(Duration.ofMinutes(30));
        assertThat(april(e).lostTimeOf(Responsible.party(CUSTOMER))).isEqualTo(Duration.ofMinutes(60));
        assertThat(april(e).achieved()).isEqualByComparingTo("99.9305555555");
    }

    // Sunday 2026-04-19 03:00-05:00: 03:00-04:00 lies in the 02:00-04:00 window (excused), 04:00-05:00 does not
    // and counts: 60 minutes -> 99.861111 % -> 100.00.
    @Test
    void maintenanceOutsideItsWindowCountsAndInsideIsExcused() {
        Evaluation e = ENGINE.evaluate(availability(), APRIL, Timeline.of(Outage.maintenance("M-1", "web",
                between(UTC, "2026-04-19T03:00", "2026-04-19T05:00"), Optional.of(at(UTC, "2026-04-10T00:00")))));

        assertThat(april(e).lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofMinutes(60));
        assertThat(april(e).lostTimeOf(Responsible.party(PROVIDER))).isEqualTo(Duration.ofMinutes(60));
        assertThat(april(e).rules()).contains(DefaultRules.ANNOUNCED_MAINTENANCE_EXCUSED,
                DefaultRules.MAINTENANCE_OUTSIDE_WINDOW);
        assertThat(e.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    // With two days' notice, Wednesday maintenance announced three days ahead is excused; one day ahead it
    // counts: 120 minutes -> 99.722222 % -> 100.00.
    @Test
    void maintenanceAnnouncedWithTheAgreedNoticeIsExcusedAnywhere() {
        Agreement agreement = availability(Hosting.availability("99.95"), Hosting.credit("AVAIL").bands(Hosting.gBands()),
                CreditCaps.NONE, Optional.of(Duration.ofDays(2)));
        Outage inTime = Outage.maintenance("M-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T12:00"),
                Optional.of(at(UTC, "2026-04-05T10:00")));
        Outage late = Outage.maintenance("M-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T12:00"),
                Optional.of(at(UTC, "2026-04-07T10:00")));

        assertThat(ENGINE.evaluate(agreement, APRIL, Timeline.of(inTime)).credits()).isEmpty();
        assertThat(ENGINE.evaluate(agreement, APRIL, Timeline.of(late)).credits())
                .extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    // 15 days of force majeure (21,600 min) and 20 provider minutes. Whole window: 43,180 / 43,200 = 99.953703 %
    // (met). Window less excluded time: 21,580 / 21,600 = 99.907407 % (breached, 10 %).
    @Test
    void forceMajeureIsExcusedAndTheDenominatorTermDecidesWhetherItLeavesTheWindow() {
        Timeline timeline = Timeline.of(
                Outage.forceMajeure("F-1", "web", between(UTC, "2026-04-01T00:00", "2026-04-16T00:00"), "flood"),
                Outage.fault("O-1", "web", between(UTC, "2026-04-20T10:00", "2026-04-20T10:20"), PROVIDER, "bug"));
        AvailabilityObjective lessExcluded = new AvailabilityObjective("AVAIL", "", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.95"), Denominator.WINDOW_LESS_EXCLUDED,
                null, Optional.empty());

        Evaluation whole = ENGINE.evaluate(availability(), APRIL, timeline);
        Evaluation less = ENGINE.evaluate(availability(lessExcluded, Hosting.credit("AVAIL").bands(Hosting.gBands()),
                CreditCaps.NONE, Optional.empty()), APRIL, timeline);

        assertThat(april(whole).achieved()).isEqualByComparingTo("99.9537037037");
        assertThat(april(whole).lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(15));
        assertThat(april(whole).rules()).contains(DefaultRules.FORCE_MAJEURE_OUTAGE_EXCUSED);
        assertThat(whole.credits()).isEmpty();
        assertThat(april(less).achieved()).isEqualByComparingTo("99.9074074074");
        assertThat(less.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    // At least one minute counts, rounded up to whole minutes: 30 s is ignored, 10 min 20 s counts 11 min.
    @Test
    void shortOutagesAreIgnoredAndEachOutageIsRoundedToWholeMinutes() {
        AvailabilityObjective terms = new AvailabilityObjective("AVAIL", "", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.95"), Denominator.WHOLE_WINDOW,
                Duration.ofMinutes(1), Optional.of(RoundingMode.UP));
        Evaluation e = ENGINE.evaluate(availability(terms, Hosting.credit("AVAIL").bands(Hosting.gBands()), CreditCaps.NONE,
                Optional.empty()), APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00:00", "2026-04-08T10:00:30"), PROVIDER, "blip"),
                Outage.fault("O-2", "web", between(UTC, "2026-04-09T10:00:00", "2026-04-09T10:10:20"), PROVIDER, "bug")));

        assertThat(april(e).lostTimeOf(Responsible.party(PROVIDER))).isEqualTo(Duration.ofMinutes(11));
    }

    // Clause cap 5 % of the fee: the 10 % credit of 100.00 is held to 50.00.
    @Test
    void theClauseCapHoldsTheCredit() {
        Agreement agreement = availability(Hosting.availability("99.95"), Hosting.credit("AVAIL").bands(Hosting.gBands())
                .cap(Amount.percentOfValue(new BigDecimal("5"))), CreditCaps.NONE, Optional.empty());
        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug")));

        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.priced()).isEqualTo(Money.of("100.00", "USD"));
            assertThat(c.amount()).isEqualTo(Money.of("50.00", "USD"));
            assertThat(c.capped()).isTrue();
            assertThat(c.rules()).endsWith(DefaultRules.SERVICE_CREDIT_CAPS);
        });
    }

    // Breached in March and April with a repeat term of one window and 5 %: April adds 50.00 to its 100.00.
    // March is the agreement's first window: there is no earlier one to repeat.
    @Test
    void aRepeatOffenceAddsTheExtraCredit() {
        Agreement agreement = Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 1)))
                .serviceLevels(Hosting.levels(FEE, List.of(Hosting.availability("99.95")), List.of(Hosting.credit("AVAIL")
                        .bands(Hosting.gBands()).repeat(new ServiceCredit.RepeatOffence(1,
                                Amount.percentOfValue(new BigDecimal("5")))).build()), CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-03-08T10:00", "2026-03-08T11:00"), PROVIDER, "bug"),
                Outage.fault("O-2", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug"));

        Evaluation e = ENGINE.evaluate(agreement, DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)),
                timeline, History.empty());

        assertThat(e.credits()).extracting(CreditDecision::kind, CreditDecision::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")),
                org.assertj.core.groups.Tuple.tuple(CreditKind.SERVICE_CREDIT, Money.of("100.00", "USD")),
                org.assertj.core.groups.Tuple.tuple(CreditKind.REPEAT_OFFENCE, Money.of("50.00", "USD")));
        assertThat(e.objective("AVAIL").get(0).notes()).noneMatch(n -> n.contains("repeat offence not assessed"));
    }

    // April with nothing down: 100 % >= 99.99 % earns 2 % of the fee, 20.00, paid by the customer.
    @Test
    void overPerformanceEarnsTheBonusPaidByTheBeneficiary() {
        Agreement agreement = availability(Hosting.availability("99.95"), Hosting.credit("AVAIL").bands(Hosting.gBands())
                .bonus(new ServiceCredit.Bonus(Bound.inclusive(new BigDecimal("99.99")),
                        Amount.percentOfValue(new BigDecimal("2")))), CreditCaps.NONE, Optional.empty());

        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.empty());

        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.BONUS);
            assertThat(c.debtor()).isEqualTo(CUSTOMER);
            assertThat(c.creditor()).isEqualTo(PROVIDER);
            assertThat(c.amount()).isEqualTo(Money.of("20.00", "USD"));
            assertThat(c.rules()).contains(DefaultRules.BONUS);
        });
    }

    // Two objectives each owe 100.00; the agreement's monthly cap of 150.00 lets the second through at 50.00.
    @Test
    void theMonthlyCapHoldsTheCreditsOfAllObjectivesTogether() {
        AvailabilityObjective second = new AvailabilityObjective("AVAIL-2", "", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.95"), Denominator.WHOLE_WINDOW, null,
                Optional.empty());
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(Hosting.availability("99.95"), second), List.of(
                        Hosting.credit("AVAIL").bands(Hosting.gBands()).build(),
                        ServiceCredit.builder("7.2", "AVAIL-2").payable(PROVIDER, CUSTOMER).bands(Hosting.gBands()).build()),
                        new CreditCaps(Optional.of(Amount.of(Money.of("150.00", "USD"))), Optional.empty()), List.of()))
                .build();

        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug")));

        assertThat(e.credits()).extracting(CreditDecision::clause, CreditDecision::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7.1", Money.of("100.00", "USD")),
                org.assertj.core.groups.Tuple.tuple("7.2", Money.of("50.00", "USD")));
        assertThat(e.history().month(APRIL).orElseThrow().credited()).isEqualTo(Money.of("150.00", "USD"));
    }

    // 24x7, resolution within 8 h. T-1 opened 03-30 00:00 is still open at the end of March, breached at 08:00:
    // it counts in March, and not again in April when it is resolved. T-2 opened 03-31 20:00 is within target at
    // the end of March (4 h); resolved 04-01 10:00 after 14 h, breached 04-01 04:00: it counts in April.
    @Test
    void anOpenCaseCountsOnceInTheWindowItBreachedIn() {
        TimeToObjective resolution = new TimeToObjective("RES", "", "web", PROVIDER, CUSTOMER, MeasurementWindow.month(),
                CalendarSpec.ALWAYS, CaseEventKind.RESOLVED, Map.of(),
                List.of(new CaseTarget("P1", Duration.ofHours(8), Optional.empty())));
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(resolution), List.of(Hosting.credit("RES")
                        .perBreach(Optional.empty(), Money.of("25.00", "USD")).build()), CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                CaseEvent.opened("E-1", "T-1", "web", at(UTC, "2026-03-30T00:00"), "P1"),
                CaseEvent.of("E-2", "T-1", "web", at(UTC, "2026-04-02T00:00"), CaseEventKind.RESOLVED),
                CaseEvent.opened("E-3", "T-2", "web", at(UTC, "2026-03-31T20:00"), "P1"),
                CaseEvent.of("E-4", "T-2", "web", at(UTC, "2026-04-01T10:00"), CaseEventKind.RESOLVED));

        Evaluation e = ENGINE.evaluate(agreement, DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)),
                timeline, History.empty());

        ObjectiveResult march = e.objective("RES").get(0);
        ObjectiveResult april = e.objective("RES").get(1);
        assertThat(march.cases()).extracting(CaseResult::caseId).containsExactly("T-1");
        assertThat(march.cases().get(0).stopped()).isFalse();
        assertThat(march.cases().get(0).breachedAt()).contains(at(UTC, "2026-03-30T08:00"));
        assertThat(april.cases()).extracting(CaseResult::caseId).containsExactly("T-2");
        assertThat(april.cases().get(0).businessTime()).isEqualTo(Duration.ofHours(14));
        assertThat(e.credits()).extracting(CreditDecision::subject).containsExactly("T-1", "T-2");
    }

    // Waiting on the provider's own subcontractor stops nobody's clock: 10 h of work against 8 -> breached.
    @Test
    void waitingOnTheObligatedPartysOwnSubcontractorDoesNotPauseTheClock() {
        TimeToObjective resolution = new TimeToObjective("RES", "", "web", PROVIDER, CUSTOMER, MeasurementWindow.month(),
                CalendarSpec.ALWAYS, CaseEventKind.RESOLVED, Map.of("waiting-on-vendor", "dc", "waiting-on-customer", CUSTOMER),
                List.of(new CaseTarget("P1", Duration.ofHours(8), Optional.empty())));
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(resolution), List.of(Hosting.credit("RES")
                        .perBreach(Optional.empty(), Money.of("25.00", "USD")).build()), CreditCaps.NONE, List.of()))
                .build();
        Timeline timeline = Timeline.of(
                CaseEvent.opened("E-1", "T-1", "web", at(UTC, "2026-04-08T00:00"), "P1"),
                CaseEvent.status("E-2", "T-1", "web", at(UTC, "2026-04-08T02:00"), "waiting-on-vendor"),
                CaseEvent.status("E-3", "T-1", "web", at(UTC, "2026-04-08T06:00"), "in-progress"),
                CaseEvent.of("E-4", "T-1", "web", at(UTC, "2026-04-08T10:00"), CaseEventKind.RESOLVED));

        Evaluation e = ENGINE.evaluate(agreement, APRIL, timeline);

        CaseResult t1 = e.objective("RES").get(0).caseResult("T-1").orElseThrow();
        assertThat(t1.businessTime()).isEqualTo(Duration.ofHours(10));
        assertThat(t1.pauses()).isEmpty();
        assertThat(t1.breachedAt()).contains(at(UTC, "2026-04-08T08:00"));
    }

    // A first-response clock stops at the response, not the resolution: 3 h against 4 -> in time.
    @Test
    void aResponseClockStopsAtTheFirstResponse() {
        TimeToObjective response = new TimeToObjective("RESP", "", "web", PROVIDER, CUSTOMER, MeasurementWindow.month(),
                CalendarSpec.ALWAYS, CaseEventKind.RESPONDED, Map.of(),
                List.of(new CaseTarget("P2", Duration.ofHours(4), Optional.empty())));
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(response), List.of(Hosting.credit("RESP")
                        .perBreach(Optional.empty(), Money.of("25.00", "USD")).build()), CreditCaps.NONE, List.of()))
                .build();
        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                CaseEvent.opened("E-1", "T-1", "web", at(UTC, "2026-04-08T00:00"), "P2"),
                CaseEvent.of("E-2", "T-1", "web", at(UTC, "2026-04-08T03:00"), CaseEventKind.RESPONDED),
                CaseEvent.of("E-3", "T-1", "web", at(UTC, "2026-04-09T03:00"), CaseEventKind.RESOLVED)));

        CaseResult t1 = e.objective("RESP").get(0).caseResult("T-1").orElseThrow();
        assertThat(t1.businessTime()).isEqualTo(Duration.ofHours(3));
        assertThat(t1.breached()).isFalse();
        assertThat(e.credits()).isEmpty();
    }

    // 150 of 200 leads: 50 short x 20.00 = 1,000.00.
    @Test
    void aQuotaShortfallIsPricedPerUnitShort() {
        QuotaObjective leads = new QuotaObjective("LEADS", "", "leads", PROVIDER, CUSTOMER, MeasurementWindow.month(), 200);
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(leads), List.of(Hosting.credit("LEADS")
                        .perUnitShort(Money.of("20.00", "USD")).build()), CreditCaps.NONE, List.of()))
                .build();
        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                new Count("C-1", "leads", at(UTC, "2026-04-10T12:00"), 100),
                new Count("C-2", "leads", at(UTC, "2026-04-20T12:00"), 50),
                new Count("C-3", "leads", at(UTC, "2026-05-01T00:00"), 70)));

        ObjectiveResult april = e.objective("LEADS").get(0);
        assertThat(april.achieved()).isEqualByComparingTo("150");
        assertThat(april.shortfall()).contains(50L);
        assertThat(april.rules()).contains(DefaultRules.QUOTA_COUNT);
        assertThat(e.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("1000.00", "USD"));
    }

    // 9,940 good of 10,000 calls: 99.4 %, below 99.5 but not below 99: 10 % of the fee = 100.00.
    @Test
    void aRatioOfGoodEventsIsLookedUpInTheBands() {
        RatioObjective calls = new RatioObjective("CALLS", "", "web", "calls-ok", "calls", PROVIDER, CUSTOMER,
                MeasurementWindow.month(), new BigDecimal("99.5"));
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(calls), List.of(Hosting.credit("CALLS").bands(
                        Hosting.band("99", "99.5", "10"), new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99")),
                                Amount.percentOfValue(new BigDecimal("25")))).build()), CreditCaps.NONE, List.of()))
                .build();
        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                new Count("C-1", "calls", at(UTC, "2026-04-10T12:00"), 10_000),
                new Count("C-2", "calls-ok", at(UTC, "2026-04-10T12:00"), 9_940)));

        assertThat(e.objective("CALLS").get(0).achieved()).isEqualByComparingTo("99.4");
        assertThat(e.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "USD"));
    }

    // Weeks ending in April 2026: Mar 30-Apr 5, Apr 6-12, 13-19, 20-26 (Apr 27-May 3 ends in May). An outage in
    // the week of Apr 6 costs a fixed 10.00 for that week only.
    @Test
    void weeklyWindowsAreSettledInTheMonthTheyEndIn() {
        AvailabilityObjective weekly = new AvailabilityObjective("AVAIL", "", "web", PROVIDER, CUSTOMER,
                MeasurementWindow.week(), CalendarSpec.ALWAYS, new BigDecimal("99.5"), Denominator.WHOLE_WINDOW, null,
                Optional.empty());
        Agreement agreement = availability(weekly, Hosting.credit("AVAIL").bands(new CreditBand(Optional.empty(),
                Bound.exclusive(new BigDecimal("99.5")), Amount.of(Money.of("10.00", "USD")))), CreditCaps.NONE,
                Optional.empty());

        Evaluation e = ENGINE.evaluate(agreement, APRIL, Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug")));

        assertThat(e.objective("AVAIL")).extracting(ObjectiveResult::window).containsExactly(
                DateRange.of(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 6)),
                DateRange.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 13)),
                DateRange.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20)),
                DateRange.of(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 27)));
        // 60 of 10,080 minutes: 99.404761 %
        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.window()).isEqualTo(DateRange.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 13)));
            assertThat(c.amount()).isEqualTo(Money.of("10.00", "USD"));
        });
    }

    @Test
    void aRollingCapWithoutTheHistoryItNeedsIsRefused() {
        Agreement agreement = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(FEE, List.of(Hosting.availability("99.95")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.gBands()).build()),
                        new CreditCaps(Optional.empty(), Optional.of(new CreditCaps.RollingCap(3, BigDecimal.TEN))), List.of()))
                .build();

        assertThatThrownBy(() -> ENGINE.evaluate(agreement, APRIL, Timeline.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
                    assertThat(ex.agreementId()).contains("HOSTING-1");
                    assertThat(ex.problems()).extracting(p -> p.path()).containsExactly("months[2026-03]", "months[2026-02]");
                    assertThat(ex.problems().get(0).message()).contains("rolling cap over 3 months needs");
                });
    }

    @Test
    void serviceLevelsAreSettledByWholeMonths() {
        assertThatThrownBy(() -> ENGINE.evaluate(availability(),
                DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15)), Timeline.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, ex ->
                        assertThat(ex.problems()).singleElement().satisfies(p -> {
                            assertThat(p.source()).isEqualTo("period");
                            assertThat(p.message()).contains("whole calendar months");
                        }));
    }

    @Test
    void evaluatingTwiceGivesTheSameDecisionIds() {
        Timeline timeline = Timeline.of(
                Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug"));
        Evaluation first = ENGINE.evaluate(availability(), APRIL, timeline);
        Evaluation again = ENGINE.evaluate(availability(), APRIL, timeline);

        assertThat(first).isEqualTo(again);
        assertThat(first.credits().get(0).id()).startsWith("CR-").hasSize(19);
    }

}
