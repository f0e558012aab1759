package com.example.telecom;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditBand;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.SlaInvariants;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the telecom pack decides, against the default rules, for an integrator (NetCo) that engaged
 * a carrier (FibreCo): availability 99.9 % a month of a 1,000.00 EUR service; below 99.9 -> 10 %,
 * below 99.5 -> 25 % of the fee. April 2026 has 43,200 minutes.
 */
class TelecomPackTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SlaEngine WITH_PACK = SlaEngine.builder().rulePack(TelecomPack.descriptor()).build();
    private static final SlaEngine DEFAULT_RULES = SlaEngine.builder().build();
    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));

    private static Agreement agreement() {
        AvailabilityObjective availability = new AvailabilityObjective("AVAIL", "Network availability", "wan", "netco",
                "bank", MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.9"), Denominator.WHOLE_WINDOW,
                null, Optional.empty());
        ServiceCredit credit = ServiceCredit.builder("9.1", "AVAIL").payable("netco", "bank").bands(
                new CreditBand(Optional.of(Bound.inclusive(new BigDecimal("99.5"))), Bound.exclusive(new BigDecimal("99.9")),
                        Amount.percentOfValue(BigDecimal.TEN)),
                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99.5")),
                        Amount.percentOfValue(new BigDecimal("25")))).build();
        return Agreement.builder("WAN-1").currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("netco", "NetCo", PartyRole.PROVIDER), Party.of("bank", "Bank", PartyRole.CUSTOMER),
                        Party.subcontractor("fibreco", "FibreCo", "netco"))
                .serviceLevels(new ServiceLevels(List.of(new Service("wan", "WAN", Money.of("1000.00", "EUR"))), List.of(),
                        List.of(), Optional.empty(), List.of(availability), List.of(credit), CreditCaps.NONE))
                .build();
    }

    private static Outage fault(String id, String from, String to, String party) {
        return Outage.fault(id, "wan", Interval.of(Instant.parse(from), Instant.parse(to)), party, "fault");
    }

    // FibreCo down 04-08 00:00-04:00 and 04-20 10:00-12:00 (6 h), NetCo's own 30 min on 04-25.
    // Default rules: 360 + 30 = 390 min count: 43,200 - 390 = 42,810 / 43,200 = 99.097222 % -> 25 % = 250.00.
    // The pack: the first 4 carrier hours are excused, the next 2 count: 120 + 30 = 150 min:
    // 43,050 / 43,200 = 99.652777 % -> 10 % = 100.00.
    @Test
    void aCarriersFirstFourHoursAreExcusedAndTheRestCounts() {
        Timeline timeline = Timeline.of(
                fault("O-1", "2026-04-08T00:00:00Z", "2026-04-08T04:00:00Z", "fibreco"),
                fault("O-2", "2026-04-20T10:00:00Z", "2026-04-20T12:00:00Z", "fibreco"),
                fault("O-3", "2026-04-25T10:00:00Z", "2026-04-25T10:30:00Z", "netco"));

        Evaluation defaults = DEFAULT_RULES.evaluate(agreement(), APRIL, timeline);
        Evaluation pack = WITH_PACK.evaluate(agreement(), APRIL, timeline);

        assertThat(defaults.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.0972222222");
        assertThat(defaults.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("250.00", "EUR"));
        assertThat(pack.objective("AVAIL").get(0).achieved()).isEqualByComparingTo("99.6527777777");
        assertThat(pack.objective("AVAIL").get(0).lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofHours(4));
        assertThat(pack.objective("AVAIL").get(0).lostTimeOf(Responsible.party("netco"))).isEqualTo(Duration.ofMinutes(150));
        assertThat(pack.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("100.00", "EUR"));
            assertThat(c.rules()).contains(TelecomPack.CARRIER_RULE, TelecomPack.OWN_OUTAGE_RULE)
                    .doesNotContain(TelecomPack.REPLACED);
        });
        SlaInvariants.check(agreement(), pack);
    }

    // Overlapping carrier outages count once: [00:00, 03:00) and [02:00, 05:00) are 5 hours; 4 excused, 1 counts:
    // 60 min -> 99.861111 % -> 10 % = 100.00. Under 4 hours in all, nothing counts and nothing is owed.
    @Test
    void overlappingCarrierOutagesUseTheAllowanceOnce() {
        Evaluation overlapping = WITH_PACK.evaluate(agreement(), APRIL, Timeline.of(
                fault("O-1", "2026-04-08T00:00:00Z", "2026-04-08T03:00:00Z", "fibreco"),
                fault("O-2", "2026-04-08T02:00:00Z", "2026-04-08T05:00:00Z", "fibreco")));
        Evaluation within = WITH_PACK.evaluate(agreement(), APRIL, Timeline.of(
                fault("O-1", "2026-04-08T00:00:00Z", "2026-04-08T03:59:00Z", "fibreco")));

        assertThat(overlapping.objective("AVAIL").get(0).lostTimeOf(Responsible.party("netco")))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(overlapping.credits()).extracting(CreditDecision::amount).containsExactly(Money.of("100.00", "EUR"));
        assertThat(within.objective("AVAIL").get(0).met()).isTrue();
        assertThat(within.credits()).isEmpty();
    }

    // The allowance is per window: 3 carrier hours in April and 3 in May are excused in both months.
    @Test
    void theAllowanceStartsAgainEachWindow() {
        Timeline timeline = Timeline.of(
                fault("O-1", "2026-04-08T00:00:00Z", "2026-04-08T03:00:00Z", "fibreco"),
                fault("O-2", "2026-05-08T00:00:00Z", "2026-05-08T03:00:00Z", "fibreco"));

        Evaluation both = WITH_PACK.evaluate(agreement(), DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 1)),
                timeline);

        assertThat(both.objectives()).allSatisfy(r -> assertThat(r.met()).isTrue());
        assertThat(both.credits()).isEmpty();
    }
}
