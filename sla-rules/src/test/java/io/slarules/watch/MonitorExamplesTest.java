package io.slarules.watch;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17's worked examples, through the API. */
class MonitorExamplesTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<Warning> of(List<Warning> warnings, WarningKind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    // Opened Tuesday 2026-06-09 15:00 Paris (13:00Z, summer time UTC+2), 8 business hours Mon-Fri 09-17:
    // Tuesday 15:00-17:00 is 2 h; Wednesday from 09:00: 4 h (50 %) at 11:00 local = 09:00Z,
    // 6 h (75 %) at 13:00 local = 11:00Z, 8 h (breach) at 15:00 local = 13:00Z.
    @Test
    void caseIsWarnedAtHalfAndThreeQuartersOfItsTargetAndBreachedAtEightBusinessHours() {
        Agreement desk = WatchFixtures.serviceDesk();
        List<Warning> told = new ArrayList<>();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-06-09T12:00:00Z")).withListener(told::add));
        monitor.watch(desk);
        monitor.append(desk.id(), CaseEvent.opened("E-1", "T-1", "desk", at("2026-06-09T13:00:00Z"), "P2"));

        assertThat(monitor.advanceTo(at("2026-06-10T09:00:00Z"))).isEmpty();   // 50 % is reached at 09:00Z, not before
        List<Warning> half = monitor.advanceTo(at("2026-06-10T09:00:01Z"));
        assertThat(half).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.CASE_TARGET_ELAPSED);
            assertThat(w.subject()).isEqualTo("RESOLVE");
            assertThat(w.item()).contains("T-1");
            assertThat(w.instant()).isEqualTo(at("2026-06-10T09:00:00Z"));
            assertThat(w.threshold()).isEqualByComparingTo("50");
            assertThat(w.projectedBreach()).contains(at("2026-06-10T13:00:00Z"));
            assertThat(w.heldUpBy()).isEmpty();
            assertThat(w.rules()).containsExactly(DefaultRules.WARN_CASE_SHARE);
        });
        monitor.advanceTo(at("2026-06-10T14:00:00Z"));
        List<Warning> warnings = monitor.warnings(at("2026-06-10T14:00:00Z"));
        assertThat(warnings).extracting(Warning::kind, Warning::threshold, Warning::instant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WarningKind.CASE_TARGET_ELAPSED, new BigDecimal("50"), at("2026-06-10T09:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.CASE_TARGET_ELAPSED, new BigDecimal("75"), at("2026-06-10T11:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, new BigDecimal("100"), at("2026-06-10T13:00:00Z")));
        assertThat(told).extracting(Warning::id).containsExactlyElementsOf(warnings.stream().map(Warning::id).toList());
        assertThat(monitor.advanceTo(at("2026-06-11T14:00:00Z"))).as("each warning is raised once").isEmpty();
    }

    // Waiting on the customer 12:00-14:00 local on Wednesday stops the clock: 5 h by 12:00 local,
    // the sixth hour 14:00-15:00 local: 75 % at 15:00 local = 13:00Z, the clock paused 2 h for Client C.
    // 50 % stays at 11:00 local (before the pause). The 8 h are reached at 17:00 local = 15:00Z.
    @Test
    void waitingOnTheCustomerMovesTheWarningAndSaysForWhomTheClockWasPaused() {
        Agreement desk = WatchFixtures.serviceDesk();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-06-09T12:00:00Z")));
        monitor.watch(desk);
        monitor.append(desk.id(), CaseEvent.opened("E-1", "T-1", "desk", at("2026-06-09T13:00:00Z"), "P2"));
        monitor.advanceTo(at("2026-06-10T10:00:00Z"));
        monitor.append(desk.id(), CaseEvent.status("E-2", "T-1", "desk", at("2026-06-10T10:00:00Z"), "waiting-on-customer"));
        monitor.advanceTo(at("2026-06-10T12:00:00Z"));
        monitor.append(desk.id(), CaseEvent.status("E-3", "T-1", "desk", at("2026-06-10T12:00:00Z"), "in-progress"));
        monitor.advanceTo(at("2026-06-10T14:00:00Z"));

        List<Warning> warnings = monitor.warnings(desk.id(), at("2026-06-10T14:00:00Z"));
        assertThat(warnings).extracting(Warning::threshold, Warning::instant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("50"), at("2026-06-10T09:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("75"), at("2026-06-10T13:00:00Z")));
        Warning threeQuarters = warnings.get(1);
        assertThat(threeQuarters.heldUpBy()).contains("client-c");
        assertThat(threeQuarters.heldUpFor()).isEqualTo(Duration.ofHours(2));
        assertThat(threeQuarters.projectedBreach()).contains(at("2026-06-10T15:00:00Z"));
        assertThat(threeQuarters.message()).contains("the clock was paused 2 h for Client C");
        assertThat(warnings.get(0).heldUpBy()).as("nobody held the clock before 11:00 local").isEmpty();
    }

    // April 2026: 30 days = 43,200 min; 0.1 % of it = 43.2 min allowed; 75 % = 32.4 min.
    // Acme's 20 min on 04-08 count; Client G's own hour on 04-10 does not; on 04-14 from 09:00 the
    // remaining 12.4 min (12 min 24 s) are used at 09:12:24Z. If that outage went on, the 43.2 min
    // would be used up 23.2 min after 09:00: at 09:23:12Z.
    @Test
    void availabilityAllowanceIsWarnedAtThreeQuartersCountingOnlyTheProvidersDowntime() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));
        monitor.watch(hosting);
        List<Outage> outages = List.of(
                Outage.fault("O-1", "web", Interval.of(at("2026-04-08T10:00:00Z"), at("2026-04-08T10:20:00Z")), "acme", "disk"),
                Outage.fault("O-2", "web", Interval.of(at("2026-04-10T12:00:00Z"), at("2026-04-10T13:00:00Z")), "client-g",
                        "customer's own change"),
                Outage.fault("O-3", "web", Interval.of(at("2026-04-14T09:00:00Z"), at("2026-04-14T09:15:00Z")), "acme", "network"));
        for (Outage o : outages) {
            monitor.advanceTo(o.interval().startInclusive());
            monitor.append(hosting.id(), o);
        }
        assertThat(monitor.advanceTo(at("2026-04-14T09:12:24Z"))).isEmpty();
        assertThat(monitor.advanceTo(at("2026-04-14T09:12:24.001Z"))).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ALLOWANCE_CONSUMED);
            assertThat(w.subject()).isEqualTo("AVAIL-WEB");
            assertThat(w.item()).contains("2026-04");
            assertThat(w.instant()).isEqualTo(at("2026-04-14T09:12:24Z"));
            assertThat(w.threshold()).isEqualByComparingTo("75");
            assertThat(w.projectedBreach()).contains(at("2026-04-14T09:23:12Z"));
            assertThat(w.message()).contains("(32.4 of 43.2 min)");
        });
        // 35 min of 43.2: no breach in April. The month settles once the watermark passes its end,
        // and its evaluation is what evaluate gives over the same timeline.
        monitor.advanceTo(at("2026-05-01T00:00:00.001Z"));
        assertThat(monitor.warnings(at("2026-05-01T00:00:00.001Z"))).extracting(Warning::kind)
                .doesNotContain(WarningKind.BREACH);
        Evaluation settled = monitor.settled(hosting.id()).orElseThrow();
        Evaluation evaluated = ENGINE.evaluate(hosting, YearMonth.of(2026, 4), Timeline.of(outages));
        assertThat(settled.objectives()).isEqualTo(evaluated.objectives());
        assertThat(settled.decisions()).isEqualTo(evaluated.decisions());
        assertThat(settled.explain()).isEqualTo(evaluated.explain());
        assertThat(settled.objectives().get(0).achieved()).isLessThan(new BigDecimal("100"));
    }

    // SPEC-1 was due 2026-03-02, that is by the end of that day in UTC: 2026-03-03T00:00Z. Still open
    // as of 2026-03-04T00:00Z, it has held DELIVERY-1 up for one day, and Client B holds it up.
    @Test
    void lateDependencyHoldsUpTheDependentObligationNamingItsOwner() {
        Agreement delivery = WatchFixtures.delivery();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-03-01T00:00:00Z")));
        monitor.watch(delivery);
        monitor.advanceTo(at("2026-03-04T00:00:00Z"));

        assertThat(of(monitor.warnings(at("2026-03-04T00:00:00Z")), WarningKind.DEPENDENCY_LATE)).singleElement()
                .satisfies(w -> {
                    assertThat(w.subject()).isEqualTo("DELIVERY-1");
                    assertThat(w.item()).contains("SPEC-1");
                    assertThat(w.heldUpBy()).contains("client-b");
                    assertThat(w.instant()).isEqualTo(at("2026-03-03T00:00:00Z"));
                    assertThat(w.heldUpFor()).isEqualTo(Duration.ofDays(1));
                    assertThat(w.asOf()).isEqualTo(at("2026-03-04T00:00:00Z"));
                    assertThat(w.projectedBreach()).contains(at("2026-03-31T00:00:00Z"));
                    assertThat(w.message()).contains("held up by Client B through SPEC-1").endsWith("1 day late so far");
                });
    }
}
