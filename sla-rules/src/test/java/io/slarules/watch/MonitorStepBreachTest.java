package io.slarules.watch;

import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A window's downtime that jumps past a share and the whole allowance at once: warned of, then breached. */
class MonitorStepBreachTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** The hosting example, but an outage counts only once it has lasted an hour. */
    private static Agreement hostingCountingHoursOnly() {
        return Agreement.builder("HOST-1H").zone(ZoneId.of("UTC")).currency("USD")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("acme", "Acme Hosting", PartyRole.PROVIDER),
                        Party.of("client-g", "Client G", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder()
                        .services(new Service("web", "Web hosting", Money.parse("1000.00 USD")))
                        .objectives(AvailabilityObjective.builder("AVAIL-WEB").service("web").obligated("acme")
                                .beneficiary("client-g").target(new BigDecimal("99.9"))
                                .minimumOutage(Duration.ofHours(1)).build())
                        .build())
                .build();
    }

    // April allows 43.2 min. An outage from 10:00 counts nothing until it has lasted 60 min; at 11:00 it counts
    // 60 min at once: past 75 % (32.4) and past the whole allowance. Both are known only from 11:00: the 75 %
    // warning and the breach are at 11:00:00Z, the breach told after the warning (not at 10:59:59.999Z, before it).
    @Test
    void downtimeJumpingPastTheAllowanceIsWarnedOfThenBreachedAtTheSameInstant() {
        Agreement hosting = hostingCountingHoursOnly();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-08T10:00:00Z")));
        monitor.watch(hosting);
        monitor.append(hosting.id(), Outage.fault("O-1", "web",
                Interval.of(at("2026-04-08T10:00:00Z"), at("2026-04-08T11:30:00Z")), "acme", "disk"));

        assertThat(monitor.advanceTo(at("2026-04-08T11:00:00Z"))).isEmpty();
        List<Warning> raised = monitor.advanceTo(at("2026-04-08T11:00:00.001Z"));
        assertThat(raised).extracting(Warning::kind, Warning::instant).containsExactly(
                tuple(WarningKind.ALLOWANCE_CONSUMED, at("2026-04-08T11:00:00Z")),
                tuple(WarningKind.BREACH, at("2026-04-08T11:00:00Z")));
        assertThat(raised.get(0).projectedBreach()).contains(at("2026-04-08T11:00:00Z"));
    }
}
