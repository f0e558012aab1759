package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.files.Timelines;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The builders give exactly what the canonical constructors give, refuse what they refuse (naming
 * the field), and read dates as files do.
 */
class ModelBuildersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static void refusedAt(ThrowingCallable build, String path) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactly(path));
    }

    @Test
    void availabilityObjectiveBuilderGivesWhatTheConstructorGives() {
        AvailabilityObjective built = AvailabilityObjective.builder("AVAIL").title("Uptime").service("web")
                .obligated("acme").beneficiary("client").window(MeasurementWindow.week()).calendar("office")
                .target(new BigDecimal("99.95")).denominator(Denominator.WINDOW_LESS_EXCLUDED)
                .minimumOutage(Duration.ofMinutes(5)).outageRounding(RoundingMode.UP).build();

        assertThat(built).isEqualTo(new AvailabilityObjective("AVAIL", "Uptime", "web", "acme", "client",
                MeasurementWindow.week(), "office", new BigDecimal("99.95"), Denominator.WINDOW_LESS_EXCLUDED,
                Duration.ofMinutes(5), Optional.of(RoundingMode.UP)));
    }

    @Test
    void availabilityObjectiveBuilderDefaultsAreTheConstructors() {
        AvailabilityObjective built = AvailabilityObjective.builder("AVAIL").service("web").obligated("acme")
                .beneficiary("client").target(new BigDecimal("99.9")).build();

        assertThat(built).isEqualTo(new AvailabilityObjective("AVAIL", null, "web", "acme", "client", null, null,
                new BigDecimal("99.9"), null, null, null));
    }

    @Test
    void availabilityObjectiveBuilderNamesTheMissingOrInvalidField() {
        refusedAt(() -> AvailabilityObjective.builder("AVAIL").service("web").obligated("acme")
                .beneficiary("client").build(), "target");
        refusedAt(() -> AvailabilityObjective.builder("AVAIL").service("web").obligated("acme")
                .beneficiary("client").target(new BigDecimal("100.5")).build(), "target");
        refusedAt(() -> AvailabilityObjective.builder("AVAIL").outageRounding(RoundingMode.UNNECESSARY)
                .service("web").obligated("acme").beneficiary("client").target(BigDecimal.TEN).build(),
                "outageRounding");
        refusedAt(() -> AvailabilityObjective.builder("AVAIL").service(null), "service");
    }

    @Test
    void timeToObjectiveBuilderGivesWhatTheConstructorGives() {
        CaseTarget p1 = new CaseTarget("P1", Duration.ofHours(4), Optional.empty());
        CaseTarget p2 = new CaseTarget("P2", Duration.ofHours(8), Optional.of(new BigDecimal("95")));

        TimeToObjective built = TimeToObjective.builder("P-RES").service("web").obligated("acme")
                .beneficiary("client").calendar("office").stop(CaseEventKind.RESOLVED)
                .pausing("waiting-on-customer", "client").targets(p1, p2).build();

        assertThat(built).isEqualTo(new TimeToObjective("P-RES", "", "web", "acme", "client",
                MeasurementWindow.month(), "office", CaseEventKind.RESOLVED, Map.of("waiting-on-customer", "client"),
                List.of(p1, p2)));
        refusedAt(() -> TimeToObjective.builder("P-RES").service("web").obligated("acme").beneficiary("client")
                .stop(CaseEventKind.RESOLVED).build(), "targets");
        refusedAt(() -> TimeToObjective.builder("P-RES").targets(p1, null), "targets[1]");
    }

    @Test
    void quotaAndRatioBuildersGiveWhatTheConstructorsGive() {
        assertThat(QuotaObjective.builder("LEADS").metric("leads").obligated("marketing").beneficiary("sales")
                .target(50).dependsOn("UPSTREAM").scaledRounding(RoundingMode.HALF_UP).build())
                .isEqualTo(new QuotaObjective("LEADS", "", "leads", "marketing", "sales", MeasurementWindow.month(),
                        50, Optional.of("UPSTREAM"), RoundingMode.HALF_UP));
        refusedAt(() -> QuotaObjective.builder("LEADS").metric("leads").obligated("marketing")
                .beneficiary("sales").build(), "target");

        assertThat(RatioObjective.builder("OK-CALLS").service("api").good("ok").total("calls").obligated("acme")
                .beneficiary("client").target(new BigDecimal("99.5")).build())
                .isEqualTo(new RatioObjective("OK-CALLS", "", "api", "ok", "calls", "acme", "client",
                        MeasurementWindow.month(), new BigDecimal("99.5")));
        refusedAt(() -> RatioObjective.builder("OK-CALLS").service("api").good("calls").total("calls")
                .obligated("acme").beneficiary("client").target(BigDecimal.ONE).build(), "good");
    }

    @Test
    void liquidatedDamagesBuilderReplacesTheElevenArguments() {
        Money value = Money.parse("200000.00 EUR");
        Amount rate = Amount.percentOfValue(new BigDecimal("0.5"));
        Amount cap = Amount.percentOfValue(BigDecimal.TEN);

        LiquidatedDamages built = LiquidatedDamages.builder("12.1").title("Delay in delivery").debtor("northwind")
                .creditor("client-b").obligations("DELIVERY-1").value(value).rate(rate).cap(cap)
                .terminationAfter(30).build();

        assertThat(built).isEqualTo(new LiquidatedDamages("12.1", "Delay in delivery", "northwind", "client-b",
                List.of("DELIVERY-1"), Optional.of(value), rate, DelayUnit.DAYS, DelayRounding.UP, Optional.of(cap),
                OptionalLong.of(30)));
        // 0.5 % of 200,000.00 EUR = 1,000.00 EUR a day
        assertThat(built.ratePerUnit()).isEqualTo(Money.parse("1000.00 EUR"));
    }

    @Test
    void liquidatedDamagesBuilderRefusesAsTheConstructorDoes() {
        refusedAt(() -> LiquidatedDamages.builder("12.1").debtor("northwind").creditor("client-b")
                .rate(Amount.of(Money.parse("100.00 EUR"))).build(), "obligations");
        refusedAt(() -> LiquidatedDamages.builder("12.1").debtor("northwind").creditor("client-b")
                .obligations("DELIVERY-1").rate(Amount.percentOfValue(BigDecimal.ONE)).build(), "value");
        refusedAt(() -> LiquidatedDamages.builder("12.1").debtor("northwind").creditor("client-b")
                .obligations("DELIVERY-1").rate(Amount.of(Money.parse("100.00 EUR"))).terminationAfter(-1).build(),
                "terminationAfter");
    }

    @Test
    void obligationBuilderReadsADateAsTheEndOfThatDay() {
        Obligation built = Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                .description("delivery").due(LocalDate.of(2026, 3, 30)).dependsOn("SPEC-1").build();

        assertThat(built).isEqualTo(new Obligation("DELIVERY-1", "northwind", "client-b", "delivery",
                Due.onDate(LocalDate.of(2026, 3, 30)), List.of("SPEC-1")));
        refusedAt(() -> Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b").build(), "due");
    }

    @Test
    void serviceLevelsBuilderGivesWhatTheConstructorGives() {
        Service web = new Service("web", "Web", Money.parse("1000.00 USD"));
        AvailabilityObjective avail = AvailabilityObjective.builder("AVAIL").service("web").obligated("acme")
                .beneficiary("client").target(new BigDecimal("99.95")).build();
        CreditCaps caps = CreditCaps.NONE.withPerMonth(Amount.percentOfValue(BigDecimal.TEN))
                .withRolling(12, new BigDecimal("5"));

        ServiceLevels built = ServiceLevels.builder().services(web).objectives(avail)
                .maintenanceNotice(Duration.ofDays(2)).caps(caps).build();

        assertThat(built).isEqualTo(new ServiceLevels(List.of(web), List.of(), List.of(),
                Optional.of(Duration.ofDays(2)), List.of(avail), List.of(), new CreditCaps(
                Optional.of(Amount.percentOfValue(BigDecimal.TEN)),
                Optional.of(new CreditCaps.RollingCap(12, new BigDecimal("5"))))));
        refusedAt(() -> ServiceLevels.builder().maintenanceNotice(Duration.ofHours(-1)).build(), "maintenanceNotice");
        refusedAt(() -> CreditCaps.NONE.withRolling(1, BigDecimal.ONE), "months");
    }

    @Test
    void calendarBuilderGivesWhatTheConstructorGives() {
        WeeklyHours office = WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00"));

        assertThat(CalendarSpec.builder("office").zone(BERLIN).hours(office).holidays(LocalDate.of(2026, 12, 25))
                .publicHolidays("de").subdivision("by").build())
                .isEqualTo(new CalendarSpec("office", Optional.of(BERLIN), office, List.of(LocalDate.of(2026, 12, 25)),
                        Optional.of("de"), Optional.of("by")));
        refusedAt(() -> CalendarSpec.builder("office").build(), "hours");
        refusedAt(() -> CalendarSpec.builder("office").hours(office).subdivision("by").build(), "subdivision");
    }

    @Test
    void historyBuilderSortsAndRefusesAMonthRecordedTwiceDifferently() {
        Money fee = Money.parse("1000.00 USD");
        History built = History.builder()
                .month(YearMonth.of(2026, 4), fee, Money.parse("100.00 USD"))
                .month(YearMonth.of(2026, 3), fee, Money.parse("0.00 USD"))
                .window("AVAIL", DateRange.ofMonth(YearMonth.of(2026, 3)), true)
                .build();

        assertThat(built.months()).extracting(History.MonthRecord::month)
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(built.window("AVAIL", DateRange.ofMonth(YearMonth.of(2026, 3)))).map(History.WindowRecord::met)
                .contains(true);
        refusedAt(() -> History.builder().month(YearMonth.of(2026, 3), fee, Money.parse("0.00 USD"))
                .month(YearMonth.of(2026, 3), fee, Money.parse("1.00 USD")).build(), "months[2026-03]");
    }

    @Test
    void aFulfilmentOnADateIsTheEndOfThatDayInTheZoneAsInFiles() {
        // 2026-03-29 is the day summer time starts in Berlin: it ends at 2026-03-29T22:00Z (+02:00)
        Fulfilment onDate = Fulfilment.onDate("F-1", "SPEC-1", LocalDate.of(2026, 3, 29), BERLIN);

        assertThat(onDate.at()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        Agreement agreement = agreement();
        Timeline read = Timelines.parse("""
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-1, at: 2026-03-29}
                """, "timeline.yaml", true, agreement);
        assertThat(read.fulfilments()).containsExactly(onDate);
        assertThat(Timeline.builder(agreement).fulfilled("SPEC-1", LocalDate.of(2026, 3, 29)).build()).isEqualTo(read);
    }

    @Test
    void timelineBuilderReadsDatesAsFilesDoAndNumbersEventsPerKind() {
        Agreement agreement = agreement();
        Timeline built = Timeline.builder(agreement)
                .fulfilled("SPEC-1", LocalDate.of(2026, 3, 23))
                .blocked("DELIVERY-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), "client-b", "no test system")
                .forceMajeure(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 11), "flood")
                .fulfilled("DELIVERY-1", LocalDate.of(2026, 4, 24))
                .build();

        Timeline read = Timelines.parse("""
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-1, at: 2026-03-23}
                  - {id: F-2, obligation: DELIVERY-1, at: 2026-04-24}
                blocked:
                  - {id: B-1, obligations: [DELIVERY-1], from: 2026-04-01, to: 2026-04-03, responsible: client-b, reason: no test system}
                forceMajeure:
                  - {id: FM-1, from: 2026-04-10, to: 2026-04-11, reason: flood}
                """, "timeline.yaml", true, agreement);
        assertThat(built).isEqualTo(read);
    }

    @Test
    void timelineBuilderChecksTheEventsAgainstTheAgreement() {
        assertThatThrownBy(() -> Timeline.builder(agreement()).fulfilled("SPEC-9", LocalDate.of(2026, 3, 23))
                .blocked("DELIVERY-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), "nobody", "").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).contains("NW-CB-2026");
                    assertThat(e.problems()).extracting(Problem::path)
                            .containsExactlyInAnyOrder("fulfilments[F-1].obligation", "blocked[B-1].responsible");
                });
    }

    @Test
    void timelineBuilderAddsOutagesCasesAndCountsOfServiceLevels() {
        Interval morning = Interval.of(Instant.parse("2026-04-07T10:00:00Z"), Instant.parse("2026-04-07T10:30:00Z"));
        Agreement agreement = example().serviceLevels(ServiceLevels.builder()
                .services(new Service("web", "Web", Money.parse("1000.00 EUR")))
                .objectives(AvailabilityObjective.builder("AVAIL").service("web").obligated("northwind")
                                .beneficiary("client-b").target(new BigDecimal("99.9")).build(),
                        TimeToObjective.builder("P1-RES").service("web").obligated("northwind").beneficiary("client-b")
                                .stop(CaseEventKind.RESOLVED)
                                .targets(new CaseTarget("P1", Duration.ofHours(4), Optional.empty())).build(),
                        QuotaObjective.builder("LEADS").metric("leads").obligated("northwind").beneficiary("client-b")
                                .target(10).build())
                .build()).build();

        Timeline built = Timeline.builder(agreement)
                .fault("web", morning, "northwind", "bad deploy")
                .caseOpened("T-1", "web", Instant.parse("2026-04-07T10:00:00Z"), "P1")
                .caseResolved("T-1", "web", Instant.parse("2026-04-07T12:00:00Z"))
                .count("leads", LocalDate.of(2026, 4, 1), 12)
                .build();

        assertThat(built).isEqualTo(Timeline.of(
                Outage.fault("O-1", "web", morning, "northwind", "bad deploy"),
                CaseEvent.opened("E-1", "T-1", "web", Instant.parse("2026-04-07T10:00:00Z"), "P1"),
                CaseEvent.of("E-2", "T-1", "web", Instant.parse("2026-04-07T12:00:00Z"), CaseEventKind.RESOLVED),
                // a count on 2026-04-01 is made at the start of that day in Berlin (+02:00)
                new Count("C-1", "leads", Instant.parse("2026-03-31T22:00:00Z"), 12)));
    }

    private static Agreement agreement() {
        return example().build();
    }

    /** Example A's parties and obligations, in Berlin. */
    private static Agreement.Builder example() {
        return Agreement.builder("NW-CB-2026").zone(BERLIN).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(
                        Obligation.builder("SPEC-1").owner("client-b").beneficiary("northwind")
                                .due(LocalDate.of(2026, 3, 2)).build(),
                        Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                                .due(LocalDate.of(2026, 3, 30)).dependsOn("SPEC-1").build());
    }
}
