package io.slarules.watch;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.Responsible;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A monitor warns of overlapping downtime as the evaluation resolves it: by the rule of the {@code concurrent} phase,
 * so a pack that replaces the downtime precedence changes warnings and settled months alike.
 *
 * <p>Hosting: AVAIL-WEB 99.9 % over April (43,200 min), an allowance of 43.2 min, warned of at 75 % (32.4 min).
 * On 2026-04-07 Acme's outage P-1 runs 10:00-11:00 and Client G's C-1 10:30-11:30.
 */
class MonitorDowntimePrecedenceTest {

    private static final SlaEngine DEFAULT = SlaEngine.builder().build();
    private static final SlaEngine OWNER_FIRST = SlaEngine.builder().rulePack(RulePack.builder("owner-first")
            .version("1.0.0").drl("packs/downtime/owner-first.drl").replaces(DefaultRules.OVERLAPPING_DOWNTIME)
            .build()).build();

    private static final Outage P_1 = Outage.fault("P-1", "web", Interval.of(at("2026-04-07T10:00:00Z"),
            at("2026-04-07T11:00:00Z")), "acme", "fault");
    private static final Outage C_1 = Outage.fault("C-1", "web", Interval.of(at("2026-04-07T10:30:00Z"),
            at("2026-04-07T11:30:00Z")), "client-g", "firewall change");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static List<Warning> watchTheSeventh(SlaEngine engine, Agreement hosting, Monitor monitor) {
        monitor.watch(hosting);
        monitor.advanceTo(at("2026-04-07T10:00:00Z"));
        monitor.append(hosting.id(), P_1);
        monitor.append(hosting.id(), C_1);
        return monitor.advanceTo(at("2026-04-07T12:00:00Z"));
    }

    // Default precedence: Client G's outage explains 10:30-11:00, so Acme counts 30 min (10:00-10:30), below the
    // 32.4 min of the 75 % warning: nothing to warn of. April settles at 43,170 / 43,200 = 99.930555...%, met.
    @Test
    void byDefaultTheOtherPartysOutageExplainsTheOverlapAndNothingIsWarnedOf() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = DEFAULT.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));

        assertThat(watchTheSeventh(DEFAULT, hosting, monitor)).isEmpty();

        ObjectiveResult april = settledApril(DEFAULT, hosting, monitor);
        assertThat(april.met()).isTrue();
        assertThat(april.lostTimeOf(Responsible.party("acme"))).isEqualTo(Duration.ofMinutes(30));
    }

    // The pack gives Acme every instant of its own outage: 60 min counted (10:00-11:00), Client G keeps 11:00-11:30.
    // 75 % of the allowance (32.4 min = 32 min 24 s) is used at 10:32:24, all of it (43.2 min = 43 min 12 s) at
    // 10:43:12, the breach. April settles at 43,140 / 43,200 = 99.86111...%, below 99.9, as evaluate says.
    @Test
    void aPackThatReplacesTheDowntimePrecedenceChangesTheWarnings() {
        Agreement hosting = WatchFixtures.hosting();
        Monitor monitor = OWNER_FIRST.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));

        List<Warning> warned = watchTheSeventh(OWNER_FIRST, hosting, monitor);

        assertThat(warned).extracting(Warning::kind, Warning::instant).containsExactly(
                tuple(WarningKind.ALLOWANCE_CONSUMED, at("2026-04-07T10:32:24Z")),
                tuple(WarningKind.BREACH, at("2026-04-07T10:43:12Z")));
        assertThat(warned.get(0).projectedBreach()).contains(at("2026-04-07T10:43:12Z"));
        ObjectiveResult april = settledApril(OWNER_FIRST, hosting, monitor);
        assertThat(april.met()).isFalse();
        assertThat(april.lostTimeOf(Responsible.party("acme"))).isEqualTo(Duration.ofMinutes(60));
    }

    /** April as the monitor settles it once May has begun, checked equal to what evaluate says of the same events. */
    private static ObjectiveResult settledApril(SlaEngine engine, Agreement hosting, Monitor monitor) {
        monitor.advanceTo(at("2026-05-01T00:00:00.001Z"));
        Evaluation settled = monitor.settled(hosting.id()).orElseThrow();
        Evaluation evaluated = engine.evaluate(hosting, YearMonth.of(2026, 4), Timeline.of(P_1, C_1));
        assertThat(settled.objectives()).isEqualTo(evaluated.objectives());
        return settled.objectives().get(0);
    }
}
