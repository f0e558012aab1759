package io.slarules.watch;

import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.CaseEventKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The agreements of issue 17's worked examples. */
final class WatchFixtures {

    private WatchFixtures() {
    }

    /** Case: resolve within 8 business hours, Mon-Fri 09:00-17:00 Europe/Paris; waiting on the customer pauses. */
    static Agreement serviceDesk() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Agreement.builder("DESK-2026").zone(paris).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1)))
                .parties(Party.of("acme", "Acme Support", PartyRole.PROVIDER),
                        Party.of("client-c", "Client C", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder()
                        .services(new Service("desk", "Service desk", Money.parse("2000.00 EUR")))
                        .calendars(CalendarSpec.builder("office").zone(paris)
                                .hours(WeeklyHours.mondayToFriday(TimeRange.parse("09:00-17:00"))).build())
                        .objectives(TimeToObjective.builder("RESOLVE").service("desk").obligated("acme")
                                .beneficiary("client-c").calendar("office").stop(CaseEventKind.RESOLVED)
                                .pausing("waiting-on-customer", "client-c")
                                .targets(new CaseTarget("P2", Duration.ofHours(8), Optional.empty())).build())
                        .build())
                .build();
    }

    /** Availability: 99.9 % a calendar month, 24x7, zone UTC. */
    static Agreement hosting() {
        return Agreement.builder("HOST-2026").zone(ZoneId.of("UTC")).currency("USD")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("acme", "Acme Hosting", PartyRole.PROVIDER),
                        Party.of("client-g", "Client G", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder()
                        .services(new Service("web", "Web hosting", Money.parse("1000.00 USD")))
                        .objectives(AvailabilityObjective.builder("AVAIL-WEB").service("web").obligated("acme")
                                .beneficiary("client-g").target(new BigDecimal("99.9")).build())
                        .build())
                .build();
    }

    /** Dependency: the provider's DELIVERY-1 depends on the customer's SPEC-1 (example A's obligations, zone UTC). */
    static Agreement delivery() {
        return Agreement.builder("NW-CB-2026").zone(ZoneId.of("UTC")).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(
                        Obligation.builder("SPEC-1").owner("client-b").beneficiary("northwind")
                                .description("application code change specifications")
                                .due(LocalDate.of(2026, 3, 2)).build(),
                        Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                                .description("delivery of the changed application")
                                .due(LocalDate.of(2026, 3, 30)).dependsOn("SPEC-1").build())
                .build();
    }
}
