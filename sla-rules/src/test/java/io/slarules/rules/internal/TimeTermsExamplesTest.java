package io.slarules.rules.internal;

import io.slarules.CaseResult;
import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static io.slarules.rules.internal.Hosting.CUSTOMER;
import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worked examples S1, S2, T1 and U1 of issue 13 (as-of instants, billing cycles, a case's own due), through the API. */
class TimeTermsExamplesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Agreement parisDesk() {
        TimeToObjective resolve = TimeToObjective.builder("RESOLVE").service("web").obligated(PROVIDER)
                .beneficiary(CUSTOMER).calendar("office").stop(CaseEventKind.RESOLVED)
                .targets(new CaseTarget("P2", Duration.ofHours(8), Optional.empty())).build();
        return Hosting.agreement("EUR", PARIS, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("1000.00", "EUR"), List.of(resolve), List.of(), CreditCaps.NONE,
                        List.of(Hosting.office("office", "09:00-17:00", PARIS, null))))
                .build();
    }

    // S1: Mon-Fri 09:00-17:00 Paris, 8 business hours. Opened Tue 2026-06-09 15:00; as of Wed 11:00: 15-17 and
    // 09-11 = 4 h elapsed, 4 / 8 = 50 %, 4 h left; 4 more business hours from Wed 11:00 end Wed 15:00 Paris =
    // 2026-06-10T13:00Z. The resolution at 14:00 is not known at 11:00.
    @Test
    void exampleS1RunningCaseReportsElapsedRemainingAndProjectedBreach() {
        Agreement agreement = parisDesk();
        Timeline timeline = Timeline.builder(agreement)
                .caseOpened("C-1", "web", at(PARIS, "2026-06-09T15:00"), "P2")
                .caseResolved("C-1", "web", at(PARIS, "2026-06-10T14:00"))
                .build();

        Evaluation now = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 6)), timeline,
                History.empty(), at(PARIS, "2026-06-10T11:00"));

        assertThat(now.asOf()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
        ObjectiveResult june = now.objective("RESOLVE").get(0);
        assertThat(june.cases()).isEmpty();
        CaseResult c1 = june.running().get(0);
        assertThat(c1.caseId()).isEqualTo("C-1");
        assertThat(c1.businessTime()).isEqualTo(Duration.ofHours(4));
        assertThat(c1.elapsedPercent()).isEqualByComparingTo("50");
        assertThat(c1.remaining()).isEqualTo(Duration.ofHours(4));
        assertThat(c1.projectedBreach()).contains(Instant.parse("2026-06-10T13:00:00Z"));
        assertThat(c1.breached()).isFalse();
        assertThat(june.notes()).anyMatch(n -> n.contains("has not ended"));
        assertThat(now.history()).isEqualTo(History.empty());

        // the month as a whole: resolved at 14:00, 2 + 5 = 7 h, in time, nothing running
        ObjectiveResult whole = ENGINE.evaluate(agreement, YearMonth.of(2026, 6), timeline).objective("RESOLVE").get(0);
        assertThat(whole.running()).isEmpty();
        assertThat(whole.caseResult("C-1").orElseThrow().businessTime()).isEqualTo(Duration.ofHours(7));
    }

    private static Agreement order() {
        return Agreement.builder("ORDER-S2").zone(UTC).currency("EUR").effective(Hosting.year(2026))
                .parties(io.slarules.model.Party.of("vendor", "Vendor S", io.slarules.model.PartyRole.PROVIDER),
                        io.slarules.model.Party.of("buyer", "Buyer S", io.slarules.model.PartyRole.CUSTOMER))
                .obligations(Obligation.builder("OB-1").owner("vendor").beneficiary("buyer")
                        .description("delivery of the order").due(LocalDate.of(2026, 5, 4)).build())
                .penalties(LiquidatedDamages.builder("8.1").title("Late delivery").debtor("vendor").creditor("buyer")
                        .obligations("OB-1").value(Money.parse("50000.00 EUR"))
                        .rate(Amount.percentOfValue(BigDecimal.ONE)).build())
                .build();
    }

    // S2: due 2026-05-04 means by the end of that day, 2026-05-05T00:00Z. As of 2026-05-11T10:00Z still open:
    // 6 days 10 hours late, 7 started days x 1 % of 50,000.00 = 7 x 500.00 = 3,500.00 EUR, provisional.
    @Test
    void exampleS2OpenObligationAccruesProvisionalDamages() {
        Agreement agreement = order();
        Timeline timeline = Timeline.builder(agreement).fulfilled("OB-1", LocalDate.of(2026, 5, 20)).build();
        Instant asOf = Instant.parse("2026-05-11T10:00:00Z");

        Evaluation now = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 5)), timeline,
                History.empty(), asOf);

        assertThat(now.attribution("OB-1").orElseThrow().total()).isEqualTo(Duration.ofDays(6).plusHours(10));
        assertThat(now.attribution("OB-1").orElseThrow().provisional()).isTrue();
        assertThat(now.penalties()).isEmpty();
        assertThat(now.decisions()).isEmpty();
        PenaltyDecision accrued = now.accrued().get(0);
        assertThat(accrued.provisional()).isTrue();
        assertThat(accrued.delay()).isEqualTo(7);
        assertThat(accrued.amount()).isEqualTo(Money.parse("3500.00 EUR"));
        assertThat(accrued.id()).startsWith("PA-");
        assertThat(accrued.rules()).contains(DefaultRules.DAMAGES_ACCRUED_SO_FAR);
        assertThat(accrued.explanation()).contains("Provisional");

        // the same accrual asked later: the same id, another amount and fingerprint
        Evaluation later = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 5)), timeline,
                History.empty(), Instant.parse("2026-05-12T10:00:00Z"));
        assertThat(later.accrued().get(0).id()).isEqualTo(accrued.id());
        assertThat(later.accrued().get(0).fingerprint()).isNotEqualTo(accrued.fingerprint());
        assertThat(later.accrued().get(0).amount()).isEqualTo(Money.parse("4000.00 EUR"));

        // settled in May: fulfilled 05-20 (end of day), 16 days late, 8,000.00 EUR, booked under its own id
        Evaluation may = ENGINE.evaluate(agreement, YearMonth.of(2026, 5), timeline);
        assertThat(may.accrued()).isEmpty();
        assertThat(may.penalties()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Money.parse("8000.00 EUR"));
            assertThat(p.provisional()).isFalse();
            assertThat(p.id()).isNotEqualTo(accrued.id());
        });
    }

    // A billing system's own ObjectMapper (a plain one, and one with every module found) gives back what S1 and S2
    // reported as of their instants: the running case with its projection, the accrued decision flagged provisional.
    @Test
    void asOfEvaluationsComeBackEqualThroughAUsersObjectMapper() throws Exception {
        Agreement desk = parisDesk();
        Evaluation s1 = ENGINE.evaluate(desk, DateRange.ofMonth(YearMonth.of(2026, 6)), Timeline.builder(desk)
                .caseOpened("C-1", "web", at(PARIS, "2026-06-09T15:00"), "P2").build(), History.empty(),
                at(PARIS, "2026-06-10T11:00"));
        Agreement order = order();
        Evaluation s2 = ENGINE.evaluate(order, DateRange.ofMonth(YearMonth.of(2026, 5)), Timeline.builder(order).build(),
                History.empty(), Instant.parse("2026-05-11T10:00:00Z"));

        for (com.fasterxml.jackson.databind.ObjectMapper mapper : List.of(new com.fasterxml.jackson.databind.ObjectMapper(),
                new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules())) {
            Evaluation running = mapper.readValue(mapper.writeValueAsString(s1), Evaluation.class);
            assertThat(running).isEqualTo(s1);
            assertThat(running.objective("RESOLVE").get(0).running()).singleElement().satisfies(c ->
                    assertThat(c.projectedBreach()).contains(Instant.parse("2026-06-10T13:00:00Z")));
            Evaluation accrued = mapper.readValue(mapper.writeValueAsString(s2), Evaluation.class);
            assertThat(accrued).isEqualTo(s2);
            assertThat(accrued.accrued()).singleElement().satisfies(d -> {
                assertThat(d.provisional()).isTrue();
                assertThat(d.amount()).isEqualTo(Money.parse("3500.00 EUR"));
                assertThat(d.fingerprint()).isEqualTo(s2.accrued().get(0).fingerprint());
            });
            assertThat(accrued.decisions()).isEmpty();
        }
    }

    @Test
    void anAsOfInstantOutsideThePeriodIsRefused() {
        Agreement agreement = order();
        Timeline timeline = Timeline.builder(agreement).build();

        assertThatThrownBy(() -> ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 5)), timeline,
                History.empty(), Instant.parse("2026-06-02T00:00:00Z")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.source()).isEqualTo("asOf")));
    }

    private static Agreement cycled() {
        return cycled(CreditCaps.NONE);
    }

    private static Agreement cycled(CreditCaps caps) {
        return Hosting.agreement("USD", UTC, DateRange.of(LocalDate.of(2026, 1, 16), LocalDate.of(2027, 1, 16)))
                .serviceLevels(Hosting.levels(Money.of("2000.00", "USD"), List.of(Hosting.availability("99.9")),
                        List.of(Hosting.credit("AVAIL").bands(Hosting.band("99.0", "99.9", "10"),
                                new CreditBand(Optional.empty(), io.slarules.model.servicelevels.Bound.exclusive(new BigDecimal("99.0")),
                                        Amount.percentOfValue(new BigDecimal("25")))).build()),
                        caps, List.of()).withBillingCycle(ServiceLevels.BillingCycle.monthlyFrom(16)))
                .build();
    }

    // T1: the cycle 2026-03-16 to 2026-04-16 has 31 days = 44,640 minutes; 90 minutes down:
    // 44,550 / 44,640 = 99.7983870967... %, at least 99.0 and below 99.9 -> 10 % of 2,000.00 = 200.00 USD.
    @Test
    void exampleT1BillingMonthFromTheSixteenth() {
        Agreement agreement = cycled();
        Timeline timeline = Timeline.builder(agreement)
                .fault("web", Hosting.between(UTC, "2026-04-02T10:00", "2026-04-02T11:30"), PROVIDER, "storage")
                .build();

        Evaluation cycle = ENGINE.evaluate(agreement, DateRange.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 16)),
                timeline);

        ObjectiveResult result = cycle.objective("AVAIL").get(0);
        assertThat(result.window()).isEqualTo(DateRange.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 16)));
        assertThat(result.achieved()).isEqualByComparingTo("99.7983870967");
        assertThat(cycle.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.SERVICE_CREDIT);
            assertThat(c.amount()).isEqualTo(Money.of("200.00", "USD"));
        });
        // the billing month is named by the month it starts in
        assertThat(cycle.history().month(YearMonth.of(2026, 3))).isPresent();
    }

    // Caps follow the billing month: two cycles of 200.00 each are capped at 150.00 a billing month, and a
    // rolling cap asks for the history of the billing months before the period, named by the month they start in.
    @Test
    void capsFollowTheBillingMonth() {
        Agreement capped = cycled(CreditCaps.NONE.withPerMonth(Amount.of(Money.of("150.00", "USD"))));
        Timeline timeline = Timeline.builder(capped)
                .fault("web", Hosting.between(UTC, "2026-04-02T10:00", "2026-04-02T11:30"), PROVIDER, "storage")
                .fault("web", Hosting.between(UTC, "2026-05-02T10:00", "2026-05-02T11:30"), PROVIDER, "storage")
                .build();

        Evaluation two = ENGINE.evaluate(capped, DateRange.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 5, 16)),
                timeline);

        assertThat(two.credits()).extracting(c -> c.amount().toString()).containsExactly("150.00 USD", "150.00 USD");
        assertThat(two.history().month(YearMonth.of(2026, 3)).orElseThrow().credited()).isEqualTo(Money.of("150.00", "USD"));
        assertThat(two.history().month(YearMonth.of(2026, 4)).orElseThrow().credited()).isEqualTo(Money.of("150.00", "USD"));

        Agreement rolling = cycled(CreditCaps.NONE.withRolling(3, BigDecimal.TEN));
        assertThatThrownBy(() -> ENGINE.evaluate(rolling, DateRange.of(LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 4, 16)), Timeline.builder(rolling).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(io.slarules.Problem::path).containsExactly("months[2026-02]", "months[2026-01]"));
    }

    @Test
    void aPeriodOffTheBillingCycleIsRefused() {
        Agreement agreement = cycled();

        assertThatThrownBy(() -> ENGINE.evaluate(agreement, YearMonth.of(2026, 4), Timeline.builder(agreement).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("from day 16")));
    }

    private static Agreement changes(boolean pausesMoveCaseDue) {
        TimeToObjective done = TimeToObjective.builder("CHANGE-DONE").service("web").obligated(PROVIDER)
                .beneficiary(CUSTOMER).stop(CaseEventKind.RESOLVED).pausing("waiting-on-customer", CUSTOMER)
                .targets(new CaseTarget("CR", Duration.ofHours(40), Optional.empty()))
                .pausesMoveCaseDue(pausesMoveCaseDue).build();
        return Hosting.agreement("EUR", UTC, Hosting.year(2026))
                .serviceLevels(Hosting.levels(Money.of("5000.00", "EUR"), List.of(done),
                        List.of(Hosting.credit("CHANGE-DONE").perBreach(Optional.of("CR"), Money.of("150.00", "EUR"))
                                .build()), CreditCaps.NONE, List.of()))
                .build();
    }

    private static Timeline changeRequest(Agreement agreement) {
        return Timeline.builder(agreement)
                .caseOpened("CR-1", "web", Instant.parse("2026-07-01T09:00:00Z"), "CR",
                        Instant.parse("2026-07-03T17:00:00Z"))
                .caseStatus("CR-1", "web", Instant.parse("2026-07-02T09:00:00Z"), "waiting-on-customer")
                .caseStatus("CR-1", "web", Instant.parse("2026-07-02T10:00:00Z"), "in-progress")
                .caseResolved("CR-1", "web", Instant.parse("2026-07-03T18:30:00Z"))
                .build();
    }

    // U1: opened 07-01 09:00Z, due 07-03 17:00Z, resolved 07-03 18:30Z: breached at 17:00Z, 1 h 30 min late
    // (its priority's 40 hours do not apply to it).
    // The hour waiting on the customer does not move the due date.
    @Test
    void exampleU1CaseWithItsOwnDueDateBreachesThen() {
        Agreement agreement = changes(false);

        Evaluation july = ENGINE.evaluate(agreement, YearMonth.of(2026, 7), changeRequest(agreement));

        CaseResult cr1 = july.objective("CHANGE-DONE").get(0).caseResult("CR-1").orElseThrow();
        assertThat(cr1.due()).contains(Instant.parse("2026-07-03T17:00:00Z"));
        assertThat(cr1.breachedAt()).contains(Instant.parse("2026-07-03T17:00:00Z"));
        assertThat(cr1.late()).isEqualTo(Duration.ofMinutes(90));
        assertThat(cr1.pauses()).singleElement().satisfies(p -> assertThat(p.length()).isEqualTo(Duration.ofHours(1)));
        assertThat(july.credits()).singleElement().satisfies(c -> assertThat(c.amount())
                .isEqualTo(Money.of("150.00", "EUR")));
        assertThat(july.credits().get(0).rules())
                .contains(DefaultRules.CASE_OWN_DUE_DATE);
    }

    // With the term pausesMoveCaseDue, the hour's pause moves the due date to 18:00Z: 30 minutes late.
    @Test
    void pausesMoveACaseDueOnlyWhenTheObjectiveSaysSo() {
        Agreement agreement = changes(true);

        CaseResult cr1 = ENGINE.evaluate(agreement, YearMonth.of(2026, 7), changeRequest(agreement))
                .objective("CHANGE-DONE").get(0).caseResult("CR-1").orElseThrow();

        assertThat(cr1.breachedAt()).contains(Instant.parse("2026-07-03T18:00:00Z"));
        assertThat(cr1.late()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aCaseDueBeforeItOpensIsRefused() {
        assertThatThrownBy(() -> io.slarules.model.timeline.CaseEvent.opened("E-1", "CR-1", "web",
                Instant.parse("2026-07-01T09:00:00Z"), "CR").withDue(Instant.parse("2026-07-01T08:00:00Z")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.path()).isEqualTo("due")));
    }
}
