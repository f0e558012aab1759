package io.slarules.watch;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.WatchTerms;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement's own terms in a monitor: its watch thresholds and its billing cycle. */
class MonitorAgreementTermsTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Outage acme(String id, String from, String to) {
        return Outage.fault(id, "web", Interval.of(at(from), at(to)), "acme", "fault");
    }

    /** The April example's outages: Acme's 20 min on 04-08 and 15 min from 09:00 on 04-14. */
    private static List<Warning> aprilWatched(Agreement hosting, WatchTerms override) {
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));
        if (override == null) {
            monitor.watch(hosting, History.empty());
        } else {
            monitor.watch(hosting, History.empty(), override);
        }
        for (Outage o : List.of(acme("O-1", "2026-04-08T10:00:00Z", "2026-04-08T10:20:00Z"),
                acme("O-3", "2026-04-14T09:00:00Z", "2026-04-14T09:15:00Z"))) {
            monitor.advanceTo(o.interval().startInclusive());
            monitor.append(hosting.id(), o);
        }
        monitor.advanceTo(at("2026-04-20T00:00:00Z"));
        return monitor.warnings(at("2026-04-20T00:00:00Z"));
    }

    // April at 99.9 %: 43.2 min allowed. At 50 % (21.6 min): the 20 min of 04-08, then 1.6 min (1 min 36 s)
    // from 09:00 on 04-14, so 09:01:36Z; at the default 75 % (32.4 min) it is 09:12:24Z, as the worked example.
    @Test
    void theAgreementsWatchTermSetsTheThresholdsAndAnExplicitOneOverridesIt() {
        Agreement hosting = WatchFixtures.hosting().withWatchTerms(WatchTerms.defaults()
                .withAllowanceShare(new BigDecimal("50")));

        assertThat(aprilWatched(hosting, null)).filteredOn(w -> w.kind() == WarningKind.ALLOWANCE_CONSUMED)
                .singleElement().satisfies(w -> {
                    assertThat(w.instant()).isEqualTo(at("2026-04-14T09:01:36Z"));
                    assertThat(w.threshold()).isEqualByComparingTo("50");
                    assertThat(w.message()).contains("(21.6 of 43.2 min)");
                });
        assertThat(aprilWatched(hosting, WatchTerms.defaults())).filteredOn(w -> w.kind() == WarningKind.ALLOWANCE_CONSUMED)
                .singleElement().satisfies(w -> assertThat(w.instant()).isEqualTo(at("2026-04-14T09:12:24Z")));
        // without a term of its own, an agreement is watched at the defaults
        assertThat(aprilWatched(WatchFixtures.hosting(), null)).filteredOn(w -> w.kind() == WarningKind.ALLOWANCE_CONSUMED)
                .singleElement().satisfies(w -> assertThat(w.instant()).isEqualTo(at("2026-04-14T09:12:24Z")));
    }

    /** The hosting example billed from the 16th: billing month 2026-04 is 04-16 to 05-16. */
    private static Agreement hostingBilledFromThe16th() {
        return Agreement.builder("HOST-16").zone(ZoneId.of("UTC")).currency("USD")
                .effective(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .parties(Party.of("acme", "Acme Hosting", PartyRole.PROVIDER),
                        Party.of("client-g", "Client G", PartyRole.CUSTOMER))
                .serviceLevels(ServiceLevels.builder()
                        .billingCycle(ServiceLevels.BillingCycle.monthlyFrom(16))
                        .services(new Service("web", "Web hosting", Money.parse("1000.00 USD")))
                        .objectives(AvailabilityObjective.builder("AVAIL-WEB").service("web").obligated("acme")
                                .beneficiary("client-g").target(new BigDecimal("99.9")).build())
                        .build())
                .build();
    }

    // Billing month 2026-04 (04-16 to 05-16) has 30 days: 43,200 min, 43.2 allowed at 99.9 %, 75 % = 32.4 min.
    // Acme's 20 min on 04-20 and 12.4 min from 09:00 on 05-02 reach it at 2026-05-02T09:12:24Z: the window runs
    // across the calendar months (May alone would hold 15 min, no warning). The 30 min on 04-10 belong to billing
    // month 2026-03 (03-16 to 04-16) and do not count.
    @Test
    void billingMonthsAreWatchedAndSettledAsEvaluateSettlesThem() {
        Agreement hosting = hostingBilledFromThe16th();
        List<Evaluation> told = new ArrayList<>();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z"))
                .withListener(new WarningListener() {
                    @Override
                    public void warned(Warning warning) {
                    }

                    @Override
                    public void settled(String agreementId, Evaluation evaluation) {
                        told.add(evaluation);
                    }
                }));
        monitor.watch(hosting);
        List<Outage> outages = List.of(acme("O-0", "2026-04-10T10:00:00Z", "2026-04-10T10:30:00Z"),
                acme("O-1", "2026-04-20T10:00:00Z", "2026-04-20T10:20:00Z"),
                acme("O-2", "2026-05-02T09:00:00Z", "2026-05-02T09:15:00Z"));
        for (Outage o : outages.subList(0, 2)) {
            monitor.advanceTo(o.interval().startInclusive());
            monitor.append(hosting.id(), o);
        }
        // the end of calendar April settles nothing; the end of billing month 2026-03 (04-16) did
        monitor.advanceTo(at("2026-05-01T00:00:00.001Z"));
        assertThat(told).hasSize(1);
        monitor.advanceTo(at("2026-05-02T09:00:00Z"));
        monitor.append(hosting.id(), outages.get(2));
        assertThat(monitor.advanceTo(at("2026-05-02T09:12:24.001Z"))).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ALLOWANCE_CONSUMED);
            assertThat(w.item()).contains("2026-04-16..2026-05-16");
            assertThat(w.instant()).isEqualTo(at("2026-05-02T09:12:24Z"));
            assertThat(w.message()).contains("(32.4 of 43.2 min)");
        });

        monitor.advanceTo(at("2026-05-16T00:00:00.001Z"));
        assertThat(told).hasSize(2);
        ServiceLevels.BillingCycle cycle = hosting.serviceLevels().billingCycle();
        Evaluation march = ENGINE.evaluate(hosting, cycle.month(YearMonth.of(2026, 3)), Timeline.of(outages));
        Evaluation april = ENGINE.evaluate(hosting, cycle.month(YearMonth.of(2026, 4)), Timeline.of(outages),
                march.history());
        assertThat(told.get(0).objectives()).isEqualTo(march.objectives());
        assertThat(told.get(1).objectives()).isEqualTo(april.objectives());
        assertThat(told.get(1).decisions()).isEqualTo(april.decisions());
        assertThat(told.get(1).explain()).isEqualTo(april.explain());
        assertThat(monitor.settled(hosting.id())).contains(told.get(1));
        // 35 min of 43,200: 99.919 %, met; billing month 2026-03 lost only O-0's 30 min of 44,640 (31 days)
        assertThat(april.objectives().get(0).achieved()).isGreaterThan(new BigDecimal("99.9"));
        assertThat(march.objectives().get(0).achieved()).isGreaterThan(new BigDecimal("99.9"));
    }
}
