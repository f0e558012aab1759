package io.slarules.rules.properties;

import io.slarules.CreditDecision;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing cycle anchor (issue 13, point 2): a billing month evaluated on the cycle equals the same
 * evaluation over the equivalent explicit window (a rolling window of the billing month's length, ending with
 * it), and its percentage-of-fee credit is the fee times the band's percentage.
 */
class BillingCyclePropertiesTest {

    private static final String PROVIDER = "host";
    private static final String CUSTOMER = "client";
    private static final Money FEE = Money.of("2000.00", "USD");

    /** A cycle day, a billing month of 2026 and provider outages around it (minutes from 5 days before it). */
    record Input(ZoneId zone, int day, YearMonth month, List<long[]> outages) {
        DateRange cycle() {
            return ServiceLevels.BillingCycle.monthlyFrom(day).month(month);
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
        Arbitrary<long[]> outage = Combinators.combine(Arbitraries.longs().between(0, 40L * 1440),
                Arbitraries.longs().between(1, 3 * 1440)).as((start, length) -> new long[] {start, length});
        return Combinators.combine(zones, Arbitraries.integers().between(1, 28), Arbitraries.integers().between(2, 11),
                outage.list().ofMaxSize(6)).as((zone, day, month, outages) ->
                new Input(zone, day, YearMonth.of(2026, month), outages));
    }

    private static Agreement agreement(Input in, MeasurementWindow window, boolean percentOfFee) {
        AvailabilityObjective availability = AvailabilityObjective.builder("AVAIL").service("web").obligated(PROVIDER)
                .beneficiary(CUSTOMER).window(window).target(new BigDecimal("99.9")).build();
        ServiceCredit credit = ServiceCredit.builder("5.1", "AVAIL").payable(PROVIDER, CUSTOMER)
                .bands(band("99.0", "99.9", "10", percentOfFee), band("95.0", "99.0", "25", percentOfFee),
                        new CreditBand(java.util.Optional.empty(), Bound.exclusive(new BigDecimal("95.0")),
                                percentOfFee ? Amount.percentOfValue(new BigDecimal("50")) : Amount.of(FEE.percent(
                                        new BigDecimal("50")))))
                .build();
        return Agreement.builder("CYCLE").zone(in.zone()).currency("USD")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of(PROVIDER, "Host", PartyRole.PROVIDER), Party.of(CUSTOMER, "Client", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder().services(new Service("web", "Web", FEE))
                        .objectives(availability).credits(credit)
                        .billingCycle(ServiceLevels.BillingCycle.monthlyFrom(in.day())).build())
                .build();
    }

    private static CreditBand band(String atLeast, String below, String percent, boolean percentOfFee) {
        BigDecimal p = new BigDecimal(percent);
        return new CreditBand(java.util.Optional.of(Bound.inclusive(new BigDecimal(atLeast))),
                Bound.exclusive(new BigDecimal(below)), percentOfFee ? Amount.percentOfValue(p) : Amount.of(FEE.percent(p)));
    }

    private static Timeline timeline(Agreement agreement, Input in) {
        Instant origin = in.cycle().toInterval(in.zone()).startInclusive().minus(Duration.ofDays(5));
        Timeline.Builder timeline = Timeline.builder(agreement);
        for (long[] o : in.outages()) {
            Instant start = origin.plus(o[0], ChronoUnit.MINUTES);
            timeline.fault("web", Interval.of(start, start.plus(o[1], ChronoUnit.MINUTES)), PROVIDER, "fault");
        }
        return timeline.build();
    }

    /**
     * A billing month on the cycle equals an explicit window of its length ending with it: the same window,
     * level, lost time and verdict, and a percentage-of-fee credit equal to the amount band's (fee x percent).
     */
    @Property
    void aBillingMonthOnTheCycleEqualsTheEquivalentExplicitWindow(@ForAll("inputs") Input in) {
        Agreement onCycle = agreement(in, MeasurementWindow.month(), true);
        int days = (int) in.cycle().startInclusive().until(in.cycle().endExclusive(), ChronoUnit.DAYS);
        Agreement explicit = agreement(in, MeasurementWindow.rollingDays(days), false);

        Evaluation cycled = ENGINE.evaluate(onCycle, in.cycle(), timeline(onCycle, in));
        Evaluation windowed = ENGINE.evaluate(explicit, in.cycle(), timeline(explicit, in));

        ObjectiveResult a = cycled.objective("AVAIL").get(0);
        ObjectiveResult b = windowed.objective("AVAIL").get(0);
        assertThat(cycled.objective("AVAIL")).hasSize(1);
        assertThat(a.window()).as("the billing month's window in " + in).isEqualTo(in.cycle());
        assertThat(b.window()).isEqualTo(a.window());
        assertThat(a.achieved()).as("level in " + in).isEqualByComparingTo(b.achieved());
        assertThat(a.lostTime()).isEqualTo(b.lostTime());
        assertThat(a.met()).isEqualTo(b.met());
        assertThat(cycled.credits().stream().map(CreditDecision::amount).toList()).as("credits in " + in)
                .isEqualTo(windowed.credits().stream().map(CreditDecision::amount).toList());
    }

    /** The level of a billing month is its minutes less the provider's downtime inside it, over its minutes. */
    @Property
    void theLevelOfABillingMonthIsCountedOverItsOwnMinutes(@ForAll("inputs") Input in) {
        Agreement agreement = agreement(in, MeasurementWindow.month(), true);
        Interval window = in.cycle().toInterval(in.zone());

        ObjectiveResult result = ENGINE.evaluate(agreement, in.cycle(), timeline(agreement, in)).objective("AVAIL").get(0);

        List<Interval> inside = new ArrayList<>();
        Instant origin = window.startInclusive().minus(Duration.ofDays(5));
        for (long[] o : in.outages()) {
            Instant start = origin.plus(o[0], ChronoUnit.MINUTES);
            Interval.of(start, start.plus(o[1], ChronoUnit.MINUTES)).intersection(window).ifPresent(inside::add);
        }
        long down = io.slarules.calc.Intervals.union(inside).stream()
                .mapToLong(i -> Duration.between(i.startInclusive(), i.endExclusive()).getSeconds()).sum();
        long total = Duration.between(window.startInclusive(), window.endExclusive()).getSeconds();
        BigDecimal expected = BigDecimal.valueOf(total - down).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 10, RoundingMode.DOWN);
        assertThat(result.achieved()).as("level of " + in.cycle() + " in " + in).isEqualByComparingTo(expected);
    }
}
