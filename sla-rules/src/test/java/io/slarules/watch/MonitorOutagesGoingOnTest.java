package io.slarules.watch;

import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Outages whose start is known and whose end is not yet: warned of as they go on, settled as they end. */
class MonitorOutagesGoingOnTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Outage acme(String id, String from, String to) {
        return Outage.fault(id, "web", Interval.of(at(from), at(to)), "acme", "fault");
    }

    /** The April example up to 2026-04-14T09:00Z, where O-3 starts and is going on. */
    private static Monitor aprilWithO3GoingOn(Agreement hosting) {
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));
        monitor.watch(hosting);
        monitor.advanceTo(at("2026-04-08T10:00:00Z"));
        monitor.append(hosting.id(), acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"));
        monitor.advanceTo(at("2026-04-14T09:00:00Z"));
        monitor.outageStarted(hosting.id(), "O-3", "web", at("2026-04-14T09:00:00Z"), "acme", "network");
        return monitor;
    }

    // As the worked example, but O-3's end is not known when it starts: 75 % (32.4 of 43.2 min) is still reached
    // at 09:12:24Z, used up at 09:23:12Z if it goes on. It ends at 09:15: no breach, and April settles as evaluate
    // settles the timeline with O-3 from 09:00 to 09:15 (35 min of 43,200: 99.919 %).
    @Test
    void anOutageGoingOnIsWarnedOfAndSettledAsItEnded() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = aprilWithO3GoingOn(hosting);

        assertThat(monitor.advanceTo(at("2026-04-14T09:12:24.001Z"))).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ALLOWANCE_CONSUMED);
            assertThat(w.instant()).isEqualTo(at("2026-04-14T09:12:24Z"));
            assertThat(w.projectedBreach()).contains(at("2026-04-14T09:23:12Z"));
        });
        monitor.advanceTo(at("2026-04-14T09:15:00Z"));
        monitor.outageEnded(hosting.id(), "O-3", at("2026-04-14T09:15:00Z"));
        monitor.advanceTo(at("2026-04-30T23:59:00Z"));
        assertThat(monitor.warnings(at("2026-04-30T23:59:00Z"))).extracting(Warning::kind)
                .containsExactly(WarningKind.ALLOWANCE_CONSUMED);
        monitor.advanceTo(at("2026-05-01T00:00:00.001Z"));

        Evaluation evaluated = ENGINE.evaluate(hosting, YearMonth.of(2026, 4), Timeline.of(
                acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"),
                Outage.fault("O-3", "web", Interval.of(at("2026-04-14T09:00:00Z"), at("2026-04-14T09:15:00Z")), "acme",
                        "network")));
        Evaluation settled = monitor.settled(hosting.id()).orElseThrow();
        assertThat(settled.objectives()).isEqualTo(evaluated.objectives());
        assertThat(settled.decisions()).isEqualTo(evaluated.decisions());
    }

    // Going on past 09:23:12Z, O-3 uses up the allowance: the breach is raised before the outage has ended.
    @Test
    void anOutageGoingOnIsABreachOnceTheAllowanceIsUsedUp() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = aprilWithO3GoingOn(hosting);

        assertThat(monitor.advanceTo(at("2026-04-14T09:30:00Z"))).extracting(Warning::kind, Warning::instant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningKind.ALLOWANCE_CONSUMED, at("2026-04-14T09:12:24Z")),
                        org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, at("2026-04-14T09:23:12Z")));
    }

    // An outage still going on at the month's end counts to it: O-5 from 04-30T23:00Z makes April's 60 + 20 min
    // (80 of 43.2 allowed), exactly what evaluate gives with O-5's end told later (01:00Z on 05-01).
    @Test
    void aMonthSettledWhileAnOutageGoesOnCountsItToTheMonthsEnd() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-08T10:00:00Z")));
        monitor.watch(hosting);
        monitor.append(hosting.id(), acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"));
        monitor.advanceTo(at("2026-04-30T23:00:00Z"));
        monitor.outageStarted(hosting.id(), "O-5", "web", at("2026-04-30T23:00:00Z"), "acme", "power");
        monitor.advanceTo(at("2026-05-01T00:00:00.001Z"));
        Evaluation settled = monitor.settled(hosting.id()).orElseThrow();
        monitor.advanceTo(at("2026-05-01T01:00:00Z"));
        monitor.outageEnded(hosting.id(), "O-5", at("2026-05-01T01:00:00Z"));

        Evaluation evaluated = ENGINE.evaluate(hosting, YearMonth.of(2026, 4), Timeline.of(
                acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"),
                Outage.fault("O-5", "web", Interval.of(at("2026-04-30T23:00:00Z"), at("2026-05-01T01:00:00Z")), "acme",
                        "power")));
        assertThat(settled.objectives()).isEqualTo(evaluated.objectives());
        assertThat(settled.decisions()).isEqualTo(evaluated.decisions());
        assertThat(settled.objectives().get(0).achieved()).isLessThan(new java.math.BigDecimal("99.9"));
    }

    @Test
    void anEndBeforeTheWatermarkOrOfNoOutageGoingOnIsRefused() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = aprilWithO3GoingOn(hosting);
        monitor.advanceTo(at("2026-04-14T10:00:00Z"));

        InvalidInputException late = catchThrowableOfType(() -> monitor.outageEnded(hosting.id(), "O-3",
                at("2026-04-14T09:15:00Z")), InvalidInputException.class);
        assertThat(late.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("events[O-3]");
            assertThat(p.message()).contains("before the monitor's watermark").contains("took it as going on");
        });
        InvalidInputException unknown = catchThrowableOfType(() -> monitor.outageEnded(hosting.id(), "O-9",
                at("2026-04-14T10:00:00Z")), InvalidInputException.class);
        assertThat(unknown.problems()).extracting(Problem::message).containsExactly("no outage O-9 is going on");
        InvalidInputException started = catchThrowableOfType(() -> monitor.outageStarted(hosting.id(), "O-4", "nope",
                at("2026-04-14T09:59:00Z"), "nobody", ""), InvalidInputException.class);
        assertThat(started.problems()).extracting(Problem::message).anyMatch(m -> m.contains("before the monitor's watermark"));
        assertThat(started.problems()).extracting(Problem::path).contains("outages[O-4].service", "outages[O-4].responsible");
        // still going on: ended once, then it is over
        monitor.outageEnded(hosting.id(), "O-3", at("2026-04-14T10:00:00Z"));
        assertThat(catchThrowableOfType(() -> monitor.outageEnded(hosting.id(), "O-3", at("2026-04-14T10:30:00Z")),
                InvalidInputException.class)).hasMessageContaining("no outage O-3 is going on");
    }
}
