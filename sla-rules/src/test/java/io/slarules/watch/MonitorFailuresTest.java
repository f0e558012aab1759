package io.slarules.watch;

import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.SlaException;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One agreement failing stops that agreement only: the monitor goes on for the others and says which failed. */
class MonitorFailuresTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Outage acme(String id, String from, String to) {
        return Outage.fault(id, "web", Interval.of(at(from), at(to)), "acme", "fault");
    }

    /** Tells what it hears. */
    private static final class Told implements WarningListener {
        final List<Warning> warnings = new ArrayList<>();
        final Map<String, SlaException> failures = new TreeMap<>();
        int failed;

        @Override
        public void warned(Warning warning) {
            warnings.add(warning);
        }

        @Override
        public void failed(String agreementId, SlaException failure) {
            failed++;
            failures.put(agreementId, failure);
        }
    }

    // The desk's case T-9 has a status but was never opened: appended while its opening could still arrive
    // within the bound, it makes June's settlement fail (evaluate refuses the timeline). The hosting agreement
    // goes on: June as the worked example (75 % at 2026-06-14T09:12:24Z, 30 days like April), June settled as
    // evaluate settles it, and July (31 days: 44,640 min, 44.64 allowed, 75 % = 33.48 min = 33 min 28.8 s)
    // warned at 2026-07-03T10:33:28.800Z.
    @Test
    void anAgreementWhoseSettlementFailsIsStoppedAndReportedWhileTheOthersGoOn() {
        Agreement desk = WatchFixtures.serviceDesk();
        Agreement hosting = WatchFixtures.hosting();
        Told told = new Told();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-06-01T00:00:00Z")).withListener(told));
        monitor.watch(desk);
        monitor.watch(hosting);
        List<Outage> june = List.of(acme("O-1", "2026-06-08T10:00:00Z", "2026-06-08T10:20:00Z"),
                acme("O-2", "2026-06-14T09:00:00Z", "2026-06-14T09:15:00Z"));
        monitor.advanceTo(at("2026-06-08T10:00:00Z"));
        monitor.append(hosting.id(), june.get(0));
        monitor.advanceTo(at("2026-06-09T13:00:00Z"));
        monitor.append(desk.id(), CaseEvent.opened("E-1", "T-1", "desk", at("2026-06-09T13:00:00Z"), "P2"));
        monitor.advanceTo(at("2026-06-14T09:00:00Z"));
        monitor.append(hosting.id(), june.get(1));
        monitor.advanceTo(at("2026-06-29T10:00:00Z"));
        monitor.append(desk.id(), CaseEvent.status("E-9", "T-9", "desk", at("2026-06-29T10:00:00Z"),
                "waiting-on-customer"));

        monitor.advanceTo(at("2026-07-01T00:00:00.001Z"));

        assertThat(told.failed).isEqualTo(1);
        assertThat(told.failures).containsOnlyKeys(desk.id());
        assertThat(monitor.failure(desk.id())).containsSame(told.failures.get(desk.id()));
        assertThat(told.failures.get(desk.id())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).anyMatch(p -> p.contains("T-9")));
        assertThat(monitor.failure(hosting.id())).isEmpty();
        // what the desk raised before it failed stays: T-1 at 50 %, 75 % and its breach
        assertThat(monitor.warnings(desk.id(), at("2026-07-01T00:00:00Z"))).extracting(Warning::instant)
                .containsExactly(at("2026-06-10T09:00:00Z"), at("2026-06-10T11:00:00Z"), at("2026-06-10T13:00:00Z"));
        assertThat(monitor.settled(desk.id())).isEmpty();
        Evaluation settled = monitor.settled(hosting.id()).orElseThrow();
        Evaluation evaluated = ENGINE.evaluate(hosting, YearMonth.of(2026, 6), Timeline.of(june));
        assertThat(settled.objectives()).isEqualTo(evaluated.objectives());
        assertThat(settled.decisions()).isEqualTo(evaluated.decisions());
        assertThat(told.warnings).filteredOn(w -> w.agreement().equals(hosting.id())).singleElement()
                .satisfies(w -> assertThat(w.instant()).isEqualTo(at("2026-06-14T09:12:24Z")));

        // the desk is stopped: its events are refused, saying why; the hosting agreement is watched on
        InvalidInputException refused = catchThrowableOfType(() -> monitor.append(desk.id(),
                CaseEvent.opened("E-10", "T-10", "desk", at("2026-07-02T08:00:00Z"), "P2")), InvalidInputException.class);
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no longer watched").contains("T-9"));
        monitor.advanceTo(at("2026-07-03T10:00:00Z"));
        monitor.append(hosting.id(), acme("O-3", "2026-07-03T10:00:00Z", "2026-07-03T10:40:00Z"));
        assertThat(monitor.advanceTo(at("2026-07-03T11:00:00Z"))).singleElement().satisfies(w -> {
            assertThat(w.agreement()).isEqualTo(hosting.id());
            assertThat(w.kind()).isEqualTo(WarningKind.ALLOWANCE_CONSUMED);
            assertThat(w.instant()).isEqualTo(at("2026-07-03T10:33:28.800Z"));
            assertThat(w.message()).contains("(33.48 of 44.64 min)");
        });
        assertThat(told.failed).as("a failure is told once").isEqualTo(1);
    }

    // A pack's warn rule throws whenever the desk is looked at: the desk fails at its first look, naming the rule;
    // the hosting agreement is warned as in the worked example, at 2026-04-14T09:12:24Z.
    @Test
    void anAgreementWhoseRuleThrowsIsStoppedAndReportedWhileTheOthersGoOn() {
        SlaEngine engine = SlaEngine.builder().rulePack(RulePack.builder("faultywatch").version("1.0.0")
                .description("a warn rule that throws on purpose").drl("packs/faultywatch/faulty-warn.drl").build())
                .build();
        Agreement desk = WatchFixtures.serviceDesk();
        Agreement hosting = WatchFixtures.hosting();
        Told told = new Told();
        Monitor monitor = engine.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")).withListener(told));
        monitor.watch(desk);
        monitor.watch(hosting);
        for (Outage o : List.of(acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"),
                acme("O-3", "2026-04-14T09:00:00Z", "2026-04-14T09:15:00Z"))) {
            monitor.advanceTo(o.interval().startInclusive());
            monitor.append(hosting.id(), o);
        }
        List<Warning> raised = monitor.advanceTo(at("2026-04-20T00:00:00Z"));

        assertThat(told.failures).containsOnlyKeys(desk.id());
        assertThat(told.failures.get(desk.id())).isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
            assertThat(e.agreementId()).isEqualTo(desk.id());
            assertThat(e.rule()).isEqualTo("faulty watch: warn rule throws on DESK-2026");
            assertThat(e.rulePack()).isEqualTo("faultywatch");
        });
        assertThat(told.failed).as("told once, at the first look").isEqualTo(1);
        assertThat(raised).singleElement().satisfies(w -> {
            assertThat(w.agreement()).isEqualTo(hosting.id());
            assertThat(w.instant()).isEqualTo(at("2026-04-14T09:12:24Z"));
        });
        assertThat(monitor.failure(hosting.id())).isEmpty();
        assertThat(monitor.size()).isEqualTo(2);
    }
}
