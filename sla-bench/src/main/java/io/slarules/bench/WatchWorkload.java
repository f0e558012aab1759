package io.slarules.bench;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.watch.Monitor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The live workload of a monitor: N agreements (99.9 % availability of {@code web}, cases of
 * {@code desk} resolved within 4 hours, waiting on the customer pausing), and a stream of events
 * one second apart, round-robin over the agreements: a case opened, it waits on the customer, work
 * goes on, it is resolved, an outage of two minutes, and so on.
 */
final class WatchWorkload {

    /** Where the monitor's clock starts. */
    static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    /** Between two events of the stream. */
    static final Duration STEP = Duration.ofSeconds(1);

    private WatchWorkload() {
    }

    /** {@return agreement {@code i}} */
    static Agreement agreement(int i) {
        return Agreement.builder("W-" + i).zone(ZoneId.of("UTC")).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("acme", "Acme", PartyRole.PROVIDER), Party.of("client", "Client", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder()
                        .services(new Service("web", "Web", Money.parse("1000.00 EUR")),
                                new Service("desk", "Desk", Money.parse("500.00 EUR")))
                        .objectives(AvailabilityObjective.builder("AVAIL").service("web").obligated("acme")
                                        .beneficiary("client").target(new BigDecimal("99.9")).build(),
                                TimeToObjective.builder("RESOLVE").service("desk").obligated("acme").beneficiary("client")
                                        .stop(CaseEventKind.RESOLVED).pausing("waiting", "client")
                                        .targets(new CaseTarget("P1", Duration.ofHours(4), Optional.empty())).build())
                        .build())
                .build();
    }

    /** Watches agreements 0 to {@code n - 1}. */
    static void watch(Monitor monitor, int n) {
        for (int i = 0; i < n; i++) {
            monitor.watch(agreement(i));
        }
    }

    /** {@return the instant of event {@code e} of the stream} */
    static Instant at(long e) {
        return START.plus(STEP.multipliedBy(e));
    }

    /** Appends event {@code e} of the stream over {@code n} agreements, the clock at its instant. */
    static void append(Monitor monitor, int n, long e) {
        int agreement = (int) (e % n);
        long k = e / n;
        Instant at = at(e);
        long kase = k / 5;
        TimelineEvent event = switch ((int) (k % 5)) {
            case 0 -> CaseEvent.opened("E-" + k, "C-" + kase, "desk", at, "P1");
            case 1 -> CaseEvent.status("E-" + k, "C-" + kase, "desk", at, "waiting");
            case 2 -> CaseEvent.status("E-" + k, "C-" + kase, "desk", at, "working");
            case 3 -> CaseEvent.of("E-" + k, "C-" + kase, "desk", at, CaseEventKind.RESOLVED);
            default -> Outage.fault("O-" + k, "web", Interval.of(at, at.plus(Duration.ofMinutes(2))), "acme", "blip");
        };
        if (at.isAfter(monitor.clock())) {
            monitor.advanceTo(at);
        }
        monitor.append("W-" + agreement, event);
    }
}
