package io.slarules.examples.splitdowntime;

import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
 * What the split-downtime pack decides against the default rules (issue 14): availability 99.9 % a month of a
 * 1,000.00 EUR service, below 99.9 -> 10 % of the fee. April 2026 has 30 days, 43,200 minutes.
 */
class SplitDowntimePackTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final SlaEngine WITH_PACK = SlaEngine.builder().rulePack(SplitDowntimePack.descriptor()).build();
    private static final SlaEngine DEFAULT_RULES = SlaEngine.builder().build();
    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));
    private static final Responsible PROVIDER = Responsible.party("hostco");
    private static final Responsible CUSTOMER = Responsible.party("shop");

    private static Agreement agreement() {
        AvailabilityObjective availability = new AvailabilityObjective("AVAIL", "Shop availability", "web", "hostco",
                "shop", MeasurementWindow.month(), CalendarSpec.ALWAYS, new BigDecimal("99.9"), Denominator.WHOLE_WINDOW,
                null, Optional.empty());
        ServiceCredit credit = ServiceCredit.builder("7.1", "AVAIL").payable("hostco", "shop").bands(
                new CreditBand(Optional.empty(), Bound.exclusive(new BigDecimal("99.9")),
                        Amount.percentOfValue(BigDecimal.TEN))).build();
        return Agreement.builder("SHOP-1").currency("EUR").zone(UTC)
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("hostco", "HostCo", PartyRole.PROVIDER), Party.of("shop", "Shop", PartyRole.CUSTOMER))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web shop", Money.of("1000.00", "EUR"))),
                        List.of(), List.of(), Optional.empty(), List.of(availability), List.of(credit), CreditCaps.NONE))
                .build();
    }

    private static Outage fault(String id, String from, String to, String party) {
        return Outage.fault(id, "web", Interval.of(Instant.parse(from), Instant.parse(to)), party, "fault");
    }

    private static Outage fault(String id, Instant from, Duration length, String party) {
        return Outage.fault(id, "web", Interval.of(from, from.plus(length)), party, "fault");
    }

    // The example: the provider down 10:00-11:00 and the customer 10:30-11:30 on 2026-04-07.
    // Default rules: the customer's cause explains the 30 overlapping minutes; 30 count against the provider:
    // 43,170 / 43,200 = 99.9305555555 % (met), the customer 60 min reported.
    // The pack: the overlap split 15/15, the provider (begun first) takes 10:30-10:45: 45 count,
    // 43,155 / 43,200 = 99.8958333333 % (below 99.9: 10 % of 1,000.00 = 100.00 EUR), the customer 45 min.
    @Test
    void theOverlapOfTheProvidersAndTheCustomersOutagesIsSplitEqually() {
        Timeline timeline = Timeline.of(
                fault("O-1", "2026-04-07T10:00:00Z", "2026-04-07T11:00:00Z", "hostco"),
                fault("O-2", "2026-04-07T10:30:00Z", "2026-04-07T11:30:00Z", "shop"));

        ObjectiveResult defaults = DEFAULT_RULES.evaluate(agreement(), APRIL, timeline).objective("AVAIL").get(0);
        Evaluation pack = WITH_PACK.evaluate(agreement(), APRIL, timeline);
        ObjectiveResult split = pack.objective("AVAIL").get(0);

        assertThat(defaults.achieved()).isEqualByComparingTo("99.9305555555");
        assertThat(defaults.lostTimeOf(PROVIDER)).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.lostTimeOf(CUSTOMER)).isEqualTo(Duration.ofMinutes(60));
        assertThat(defaults.met()).isTrue();
        assertThat(defaults.rules()).contains(SplitDowntimePack.REPLACED);

        assertThat(split.achieved()).isEqualByComparingTo("99.8958333333");
        assertThat(split.lostTimeOf(PROVIDER)).isEqualTo(Duration.ofMinutes(45));
        assertThat(split.lostTimeOf(CUSTOMER)).isEqualTo(Duration.ofMinutes(45));
        assertThat(split.rules()).contains(SplitDowntimePack.SPLIT_RULE).doesNotContain(SplitDowntimePack.REPLACED);
        assertThat(pack.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("100.00", "EUR"));
            assertThat(c.rules()).contains(SplitDowntimePack.SPLIT_RULE);
        });
        SlaInvariants.check(agreement(), pack);
    }

    // An excuse still comes first: force majeure 10:40-10:50 explains those 10 minutes; the rest of the overlap, 10:30-10:40 and 10:50-11:00, is split
    // piece by piece: 5 + 5 minutes each. The provider: 30 alone + 5 + 5 = 40; the customer 5 + 5 + 30 alone = 40.
    @Test
    void anExcuseStillExplainsFirstAndTheRestOfTheOverlapIsSplitPieceByPiece() {
        Timeline timeline = Timeline.of(
                fault("O-1", "2026-04-07T10:00:00Z", "2026-04-07T11:00:00Z", "hostco"),
                fault("O-2", "2026-04-07T10:30:00Z", "2026-04-07T11:30:00Z", "shop"),
                Outage.forceMajeure("O-3", "web", Interval.of(Instant.parse("2026-04-07T10:40:00Z"),
                        Instant.parse("2026-04-07T10:50:00Z")), "flood"));

        ObjectiveResult split = WITH_PACK.evaluate(agreement(), APRIL, timeline).objective("AVAIL").get(0);

        assertThat(split.lostTimeOf(Responsible.EXCUSED)).isEqualTo(Duration.ofMinutes(10));
        assertThat(split.lostTimeOf(PROVIDER)).isEqualTo(Duration.ofMinutes(40));
        assertThat(split.lostTimeOf(CUSTOMER)).isEqualTo(Duration.ofMinutes(40));
    }

    // Whatever the outages: every minute lost is someone's once (the lost time adds up to the union of the
    // outages), and the provider is charged at least what the default rules charge and at most that plus the
    // whole overlap; the library's invariants hold.
    @Property(tries = 60)
    void everyMinuteLostIsAttributedOnceAndTheProviderTakesAtMostTheOverlap(
            @ForAll @IntRange(min = 0, max = 2000) int providerStart, @ForAll @IntRange(min = 1, max = 600) int providerLength,
            @ForAll @IntRange(min = 0, max = 2000) int customerStart, @ForAll @IntRange(min = 1, max = 600) int customerLength) {
        Instant base = Instant.parse("2026-04-10T00:00:00Z");
        Instant p = base.plus(Duration.ofMinutes(providerStart));
        Instant c = base.plus(Duration.ofMinutes(customerStart));
        Timeline timeline = Timeline.of(fault("O-1", p, Duration.ofMinutes(providerLength), "hostco"),
                fault("O-2", c, Duration.ofMinutes(customerLength), "shop"));

        Evaluation pack = WITH_PACK.evaluate(agreement(), APRIL, timeline);
        ObjectiveResult split = pack.objective("AVAIL").get(0);
        ObjectiveResult defaults = DEFAULT_RULES.evaluate(agreement(), APRIL, timeline).objective("AVAIL").get(0);

        Instant overlapStart = p.isAfter(c) ? p : c;
        Instant pEnd = p.plus(Duration.ofMinutes(providerLength));
        Instant cEnd = c.plus(Duration.ofMinutes(customerLength));
        Instant overlapEnd = pEnd.isBefore(cEnd) ? pEnd : cEnd;
        Duration overlap = overlapEnd.isAfter(overlapStart) ? Duration.between(overlapStart, overlapEnd) : Duration.ZERO;
        Duration union = Duration.ofMinutes(providerLength + customerLength).minus(overlap);

        assertThat(split.lostTimeOf(PROVIDER).plus(split.lostTimeOf(CUSTOMER))).isEqualTo(union);
        assertThat(split.lostTimeOf(PROVIDER)).isBetween(defaults.lostTimeOf(PROVIDER),
                defaults.lostTimeOf(PROVIDER).plus(overlap));
        // half a minute is exact: the provider takes half the overlap more than under the default rules
        assertThat(split.lostTimeOf(PROVIDER)).isEqualTo(defaults.lostTimeOf(PROVIDER).plus(overlap.dividedBy(2)));
        SlaInvariants.check(agreement(), pack);
    }
}
