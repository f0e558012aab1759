package com.example.billing;

import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The contracts of the billing tests, built in code with the library's builders, as a billing system would. */
final class Contracts {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Contracts() {
    }

    /**
     * Example A: Client B owes the specifications by 2026-03-02, Northwind the delivery by
     * 2026-03-30; 0.5 % of 200,000.00 EUR (1,000.00 EUR) per started day of Northwind's own delay.
     */
    static Agreement northwind() {
        return Agreement.builder("NW-CB-2026").zone(BERLIN).currency("EUR")
                .effective(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)))
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(
                        Obligation.builder("SPEC-1").owner("client-b").beneficiary("northwind")
                                .description("application code change specifications").due(LocalDate.of(2026, 3, 2)).build(),
                        Obligation.builder("DELIVERY-1").owner("northwind").beneficiary("client-b")
                                .description("changed application").due(LocalDate.of(2026, 3, 30))
                                .dependsOn("SPEC-1").build())
                .penalties(LiquidatedDamages.builder("12.1").title("Delay in delivery").debtor("northwind")
                        .creditor("client-b").obligations("DELIVERY-1").value(Money.of("200000.00", "EUR"))
                        .rate(Amount.percentOfValue(new BigDecimal("0.5")))
                        .cap(Amount.percentOfValue(BigDecimal.TEN)).terminationAfter(30).build())
                .build();
    }

    /**
     * The specifications came on 2026-03-23 (21 days late, Client B's), the delivery on
     * 2026-04-24: 25 days late, of which 21 are the shift Client B caused and 4 Northwind's own.
     */
    static Timeline northwindTimeline(Agreement agreement) {
        return Timeline.builder(agreement).fulfilled("SPEC-1", LocalDate.of(2026, 3, 23))
                .fulfilled("DELIVERY-1", LocalDate.of(2026, 4, 24)).build();
    }

    /**
     * NetCo's WAN for a bank, carried by its subcontractor FibreCo: availability 99.9 % a month of a
     * 1,000.00 EUR service; below 99.9 % 10 % of the fee, below 99.5 % 25 %.
     */
    static Agreement wan() {
        AvailabilityObjective availability = AvailabilityObjective.builder("AVAIL").title("Network availability")
                .service("wan").obligated("netco").beneficiary("bank").window(MeasurementWindow.month())
                .target(new BigDecimal("99.9")).build();
        ServiceCredit credit = ServiceCredit.builder("9.1", "AVAIL").payable("netco", "bank").bands(
                new CreditBand(Optional.of(Bound.inclusive(new BigDecimal("99.5"))), Bound.exclusive(new BigDecimal("99.9")),
                        Amount.percentOfValue(BigDecimal.TEN)),
                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99.5")),
                        Amount.percentOfValue(new BigDecimal("25")))).build();
        return Agreement.builder("WAN-1").currency("EUR").zone(ZoneId.of("UTC"))
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("netco", "NetCo", PartyRole.PROVIDER), Party.of("bank", "Bank", PartyRole.CUSTOMER),
                        Party.subcontractor("fibreco", "FibreCo", "netco"))
                .serviceLevels(ServiceLevels.builder().services(new Service("wan", "WAN", Money.of("1000.00", "EUR")))
                        .objectives(availability).credits(credit).build())
                .build();
    }

    /** FibreCo down 6 hours in April 2026 (04-08 00:00-04:00, 04-20 10:00-12:00), NetCo 30 minutes (04-25). */
    static Timeline wanApril(Agreement agreement) {
        return Timeline.builder(agreement)
                .fault("wan", interval("2026-04-08T00:00:00Z", "2026-04-08T04:00:00Z"), "fibreco", "fibre cut")
                .fault("wan", interval("2026-04-20T10:00:00Z", "2026-04-20T12:00:00Z"), "fibreco", "fibre cut")
                .fault("wan", interval("2026-04-25T09:00:00Z", "2026-04-25T09:30:00Z"), "netco", "router")
                .build();
    }

    private static Interval interval(String from, String to) {
        return Interval.of(Instant.parse(from), Instant.parse(to));
    }
}
