package io.slarules.testkit;

import io.slarules.BatchOptions;
import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.ObjectiveResult;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.testkit.SlaInvariants.Invariant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The service-level invariants catch engines that measure, price or cap wrongly. */
class ServiceLevelInvariantsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    // Example G with a monthly cap of 8 %: acme 50 min of 43,200 -> 99.8842592592 %, 10 % band = 100.00 USD,
    // held to 8 % of 1,000.00 = 80.00 USD. The customer's 45 minutes and 120 excused minutes cost acme nothing.
    static final Agreement AGREEMENT = Agreements.parse("""
            id: ACME-G
            zone: UTC
            currency: USD
            effective: {from: 2026-01-01, to: 2027-01-01}
            parties:
              - {id: acme, name: Acme Hosting, role: PROVIDER}
              - {id: dc, name: Datacentre Ltd, role: SUBCONTRACTOR, engagedBy: acme}
              - {id: client, name: Client G, role: CUSTOMER}
            services:
              - {id: web, monthlyFee: "1000.00 USD"}
            maintenance:
              windows: [{day: SUNDAY, hours: "02:00-04:00"}]
            objectives:
              - {kind: AVAILABILITY, id: AVAIL, service: web, obligated: acme, beneficiary: client, target: 99.95}
            credits:
              - id: "7.1"
                objective: AVAIL
                debtor: acme
                creditor: client
                bands:
                  - {below: 99.95, atLeast: 99.0, credit: 10%}
                  - {below: 99.0, credit: 25%}
            caps:
              perMonth: 8%
              rolling: {months: 2, percent: 10}
            """, "agreement", true);
    static final Timeline TIMELINE = Timelines.parse("""
            agreement: ACME-G
            outages:
              - {id: O-1, service: web, from: "2026-04-03T10:00:00Z", to: "2026-04-03T10:30:00Z", kind: FAULT,
                      responsible: acme}
              - {id: O-2, service: web, from: "2026-04-03T10:20:00Z", to: "2026-04-03T10:50:00Z", kind: FAULT,
                      responsible: dc}
              - {id: M-1, service: web, from: "2026-04-12T02:00:00Z", to: "2026-04-12T04:00:00Z", kind: MAINTENANCE}
              - {id: O-3, service: web, from: "2026-04-15T09:00:00Z", to: "2026-04-15T09:45:00Z", kind: FAULT,
                      responsible: client}
            """, "timeline", true, AGREEMENT);
    // March: 1,000.00 charged, 120.00 credited: the rolling cap leaves 10 % of 2,000.00 - 120.00 = 80.00 in April
    static final History HISTORY = Histories.parse("""
            agreement: ACME-G
            months:
              - {month: 2026-03, charged: "1000.00 USD", credited: "120.00 USD"}
            """, "history", true, AGREEMENT);
    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));

    @Test
    void theDefaultRulesKeepEveryServiceLevelInvariantWithTheHistoryPassed() {
        Evaluation checked = SlaInvariants.checking(ENGINE).evaluate(AGREEMENT, APRIL, TIMELINE, HISTORY);

        assertThat(checked).isEqualTo(ENGINE.evaluate(AGREEMENT, APRIL, TIMELINE, HISTORY));
        assertThat(checked.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("80.00", "USD"));
    }

    @Test
    void aCreditAboveTheMonthlyCapBreaksTheCapsInvariant() {
        SlaEngine engine = altered(e -> withCredits(e, e.credits().stream().map(c -> CreditDecision.builder()
                .id(c.id())
                .kind(c.kind()).clause(c.clause()).objective(c.objective()).window(c.window()).subject(c.subject())
                .debtor(c.debtor()).creditor(c.creditor()).amount(Money.of("100.00", "USD")).priced(c.priced())
                .capped(true).rules(c.rules()).explanation(c.explanation()).build()).toList()));

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.CREDITS_RESPECT_CAPS);
        assertThat(v.violations())
                .contains("the credits of 2026-04 add up to 100.00, more than the monthly cap 80.00",
                "the credits of 2026-04 add up to 100.00, more than the 80.00 the rolling cap over 2 months leaves"
                        + " (10 % of 2000.00 less 120.00 credited before)");
    }

    @Test
    void aCreditPricedAtAnotherBandBreaksTheClauseInvariant() {
        SlaEngine engine = altered(e -> withCredits(e, e.credits().stream().map(c -> CreditDecision.builder()
                .id(c.id())
                .kind(c.kind()).clause(c.clause()).objective(c.objective()).window(c.window()).subject(c.subject())
                .debtor(c.debtor()).creditor(c.creditor()).amount(c.amount()).priced(Money.of("250.00", "USD"))
                .capped(c.capped()).rules(c.rules()).explanation(c.explanation()).build()).toList()));

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.CREDITS_REST_ON_THEIR_CLAUSE);
        assertThat(v.violations()).singleElement().asString().endsWith(": priced 250.00 USD, but 99.8842592592 %"
                + " lies in at least 99.0 % and below 99.95 %: 10 % of the value = 100.0000 USD");
    }

    @Test
    void anAchievedLevelThatDoesNotFollowFromTheLostTimeBreaksTheResultsInvariant() {
        SlaEngine engine = altered(e -> {
            ObjectiveResult r = e.objectives().get(0);
            ObjectiveResult better = ObjectiveResult.builder().objective(r.objective()).kind(r.kind())
                    .window(r.window()).achieved(new BigDecimal("99.9")).target(r.target()).met(r.met())
                    .lostTime(r.lostTime()).shortfall(r.shortfall()).shortfallBy(r.shortfallBy()).cases(r.cases())
                    .notes(r.notes()).rules(r.rules()).build();
            return Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                    .attributions(e.attributions()).penalties(e.penalties()).objectives(List.of(better))
                    .credits(e.credits()).history(e.history()).explanation(e.explain()).build();
        });

        InvariantViolation v = violation(engine);

        assertThat(v.invariant()).isEqualTo(Invariant.OBJECTIVE_RESULTS_CONSISTENT);
        assertThat(v.violations()).singleElement().asString()
                .isEqualTo("result of AVAIL for 2026-04: achieved 99.9 %,"
                + " but 50 minutes counted against acme in 30 days (WHOLE_WINDOW) give 99.884259259259 %");
    }

    @Test
    void anEngineThatBlamesTheProviderForTheCustomersOutageBreaksTheOthersDowntimeInvariant() {
        SlaEngine blaming = new Delegating() {
            @Override
            public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
                List<TimelineEvent> events = new ArrayList<>();
                for (TimelineEvent e : timeline.events()) {
                    events.add(e instanceof Outage o && o.kind() == OutageKind.FAULT
                            ? new Outage(o.id(), o.service(), o.interval(), o.kind(), Optional.of("acme"),
                                    o.announced(),
                            o.cause()) : e);
                }
                return ENGINE.evaluate(agreement, period, Timeline.of(events), history);
            }
        };

        InvariantViolation v = violation(blaming);

        assertThat(v.invariant()).isEqualTo(Invariant.OTHERS_DOWNTIME_COSTS_NOTHING);
        assertThat(v.violations())
                .contains("result of AVAIL for 2026-04: acme loses 1 hour 35 minutes, but 50 minutes"
                + " once others' downtime is taken out");
    }

    @Test
    void aCreditIdGivenTwiceBreaksTheUniqueIdsInvariant() {
        SlaEngine engine = altered(e -> withCredits(e, List.of(e.credits().get(0), e.credits().get(0))));

        InvariantViolation v = catchThrowableOfType(InvariantViolation.class,
                () -> SlaInvariants.decisionIdsAreUnique(engine.evaluate(AGREEMENT, APRIL, TIMELINE, HISTORY)));

        assertThat(v.invariant()).isEqualTo(Invariant.UNIQUE_DECISION_IDS);
        assertThat(v.violations()).singleElement().asString().startsWith("id CR-");
    }

    @Test
    void anEngineThatForgetsTheHistoryOnReRunBreaksTheReRunInvariant() {
        SlaEngine forgetful = new Delegating() {
            private int calls;

            @Override
            public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
                return ENGINE.evaluate(agreement, period, timeline, calls++ == 0 ? history : new History(
                        List.of(new History.MonthRecord(YearMonth.of(2026, 3), Money.of("1000.00", "USD"),
                                Money.of("0.00", "USD"))), List.of()));
            }
        };

        InvariantViolation v = catchThrowableOfType(InvariantViolation.class,
                () -> SlaInvariants.evaluateAndCheck(forgetful, AGREEMENT, APRIL, TIMELINE, HISTORY));

        assertThat(v.invariant()).isEqualTo(Invariant.SAME_ON_RE_RUN);
        assertThat(v.violations()).anySatisfy(line -> assertThat(line)
                .startsWith("the re-run returns another history"));
    }

    @Test
    void aBatchIsCheckedWithEachRequestsHistory() {
        List<EvaluationOutcome> outcomes = SlaInvariants.checking(ENGINE).evaluateAll(
                Stream.of(new EvaluationRequest(AGREEMENT, APRIL, TIMELINE, HISTORY)),
                BatchOptions.defaults().withParallelism(1)).toList();

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.evaluation().orElseThrow().credits())
                .extracting(CreditDecision::amount).containsExactly(Money.of("80.00", "USD")));
    }

    private static Evaluation withCredits(Evaluation e, List<CreditDecision> credits) {
        return Evaluation.builder().agreementId(e.agreementId()).period(e.period()).asOf(e.asOf())
                .attributions(e.attributions()).penalties(e.penalties()).objectives(e.objectives()).credits(credits)
                .history(e.history()).explanation(e.explain()).build();
    }

    private static InvariantViolation violation(SlaEngine engine) {
        return catchThrowableOfType(InvariantViolation.class,
                () -> SlaInvariants.checking(engine).evaluate(AGREEMENT, APRIL, TIMELINE, HISTORY));
    }

    private static SlaEngine altered(UnaryOperator<Evaluation> change) {
        return new Delegating() {
            @Override
            public Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history) {
                return change.apply(ENGINE.evaluate(agreement, period, timeline, history));
            }
        };
    }

    /** An engine whose batch evaluates one by one. */
    private abstract static class Delegating implements SlaEngine {
        @Override
        public Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options) {
            return requests.map(r -> EvaluationOutcome.evaluated(r, evaluate(r.agreement(), r.period(), r.timeline(),
                    r.history())));
        }
    }
}
