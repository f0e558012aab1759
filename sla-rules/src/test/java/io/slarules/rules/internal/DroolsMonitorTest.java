package io.slarules.rules.internal;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.WatchTerms;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Outage;
import io.slarules.rules.internal.watch.DroolsMonitor;
import io.slarules.watch.Monitor;
import io.slarules.watch.Warning;
import io.slarules.watch.WarningKind;
import io.slarules.watch.WatchOptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The monitor's bookkeeping: bad input, the lateness bound, obligations' warnings, memory. */
class DroolsMonitorTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Agreement hosting() {
        return io.slarules.watch.WatchFixturesAccess.hosting();
    }

    @Test
    void eventsBeforeTheWatermarkAreRefusedEachAtItsId() {
        Agreement hosting = hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-10T00:00:00Z"))
                .withLateness(Duration.ofHours(1)));
        monitor.watch(hosting);
        InvalidInputException e = catchThrowableOfType(() -> monitor.append(hosting.id(),
                Outage.fault("O-1", "web", Interval.of(at("2026-04-09T22:00:00Z"), at("2026-04-09T23:30:00Z")), "acme", "x"),
                Outage.fault("O-2", "web", Interval.of(at("2026-04-09T23:00:00Z"), at("2026-04-09T23:30:00Z")), "acme", "y"),
                Outage.fault("O-3", "nope", Interval.of(at("2026-04-09T23:10:00Z"), at("2026-04-09T23:30:00Z")), "acme", "z")),
                InvalidInputException.class);
        assertThat(e.agreementId()).contains("HOST-2026");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("events[O-1]", "outages[O-3].service");
        assertThat(e.problems().get(0).message()).contains("before the monitor's watermark 2026-04-09T23:00:00Z");
        assertThat(((DroolsMonitor) monitor).eventsHeld(hosting.id())).as("nothing appended").isZero();
    }

    @Test
    void anExchangeRateHappensAtTheStartOfItsDateInTheAgreementsZone() {
        // hosting is in UTC; the watermark is 2026-04-10T00:00Z less one hour = 2026-04-09T23:00Z. A rate for
        // 2026-04-09 is known from 04-09T00:00Z, before the watermark: refused as late, at its id (it once failed
        // with a ClassCastException). A rate for 2026-04-10 (from 04-10T00:00Z) is taken.
        Agreement hosting = hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-10T00:00:00Z"))
                .withLateness(Duration.ofHours(1)));
        monitor.watch(hosting);
        InvalidInputException e = catchThrowableOfType(() -> monitor.append(hosting.id(),
                io.slarules.model.timeline.ExchangeRate.of("FX-9", "USD", "EUR", "0.92", LocalDate.of(2026, 4, 9))),
                InvalidInputException.class);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("events[FX-9]");
        assertThat(e.problems().get(0).message()).contains("happened at 2026-04-09T00:00:00Z");
        monitor.append(hosting.id(), io.slarules.model.timeline.ExchangeRate.of("FX-10", "USD", "EUR", "0.92", LocalDate.of(2026, 4, 10)));
        assertThat(((DroolsMonitor) monitor).eventsHeld(hosting.id())).isEqualTo(1);
    }

    @Test
    void unknownAgreementsTwiceWatchedAgreementsAClockGoingBackAndConflictingIdsAreRefused() {
        Agreement hosting = hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-10T00:00:00Z")));
        monitor.watch(hosting);
        assertThatThrownBy(() -> monitor.watch(hosting)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("watched already");
        assertThatThrownBy(() -> monitor.append("OTHER", List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not watched");
        assertThatThrownBy(() -> monitor.warnings("OTHER", at("2026-04-10T00:00:00Z")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> monitor.advanceTo(at("2026-04-09T00:00:00Z"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot go back");
        Outage o = Outage.fault("O-1", "web", Interval.of(at("2026-04-10T01:00:00Z"), at("2026-04-10T02:00:00Z")), "acme", "x");
        monitor.append(hosting.id(), o);
        monitor.append(hosting.id(), o);   // the same event again: taken once
        assertThat(((DroolsMonitor) monitor).eventsHeld(hosting.id())).isEqualTo(1);
        InvalidInputException e = catchThrowableOfType(() -> monitor.append(hosting.id(),
                Outage.fault("O-1", "web", Interval.of(at("2026-04-10T01:00:00Z"), at("2026-04-10T03:00:00Z")), "acme", "x")),
                InvalidInputException.class);
        assertThat(e.problems()).extracting(Problem::message).anyMatch(m -> m.contains("two different events share the id O-1"));
    }

    @Test
    void watchTermsListEveryProblemAtItsField() {
        InvalidInputException e = catchThrowableOfType(() -> new WatchTerms(List.of(new BigDecimal("75"),
                new BigDecimal("50"), new BigDecimal("100")), BigDecimal.ZERO, -1), InvalidInputException.class);
        assertThat(e.problems()).extracting(Problem::path).containsExactly("caseShares[1]", "caseShares[2]",
                "allowanceShare", "dueWithinBusinessDays");
        assertThat(e.problems()).extracting(Problem::source).containsOnly("watch");
        assertThatThrownBy(() -> WatchTerms.defaults().withCaseShares(new BigDecimal("50"), new BigDecimal("50")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listed twice");
    }

    // Out of order within the bound: the same warnings, with the same contents, whatever the order.
    @Test
    void eventsOutOfOrderWithinTheBoundGiveTheSameWarnings() {
        Agreement hosting = hosting();
        List<Outage> outages = List.of(
                Outage.fault("O-1", "web", Interval.of(at("2026-04-08T10:00:00Z"), at("2026-04-08T10:20:00Z")), "acme", "a"),
                Outage.fault("O-2", "web", Interval.of(at("2026-04-08T10:05:00Z"), at("2026-04-08T10:50:00Z")), "acme", "b"),
                Outage.fault("O-3", "web", Interval.of(at("2026-04-08T10:10:00Z"), at("2026-04-08T10:12:00Z")), "client-g", "c"));
        List<List<Warning>> runs = new ArrayList<>();
        for (List<Outage> order : List.of(outages, List.of(outages.get(2), outages.get(1), outages.get(0)))) {
            Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-08T10:00:00Z"))
                    .withLateness(Duration.ofMinutes(15)));
            monitor.watch(hosting);
            monitor.advanceTo(at("2026-04-08T10:15:00Z"));
            order.forEach(o -> monitor.append(hosting.id(), o));
            monitor.advanceTo(at("2026-04-08T12:00:00Z"));
            runs.add(monitor.warnings(at("2026-04-08T12:00:00Z")));
        }
        // Acme down [10:00, 10:50); Client G's own [10:10, 10:12) inside it is explained by Client G (an
        // instant counts once, against the obligated party only when nothing else explains it), so
        // Acme's minutes run 10:00-10:10 and 10:12-10:50. 75 % of 43.2 min = 32.4 min: 10 min by 10:10,
        // 22.4 more from 10:12 = 10:34:24; 43.2 min: 33.2 more from 10:12 = 10:45:12.
        assertThat(runs.get(0)).extracting(Warning::kind, Warning::instant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WarningKind.ALLOWANCE_CONSUMED, at("2026-04-08T10:34:24Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, at("2026-04-08T10:45:12Z")));
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    // SPEC-1 due Monday 2026-03-02 (end of day, UTC); 2 business days: after the end of Thursday 02-26,
    // before the agreement starts on 03-01, so warned at its start. DELIVERY-1 due Monday 03-30:
    // after the end of Thursday 03-26 (Friday 27 and Monday 30 remain). Fulfilled on 03-31: a breach at 03-31T00:00Z.
    @Test
    void obligationsAreWarnedTwoBusinessDaysAheadAndWhenTheirDueDatePasses() {
        Agreement delivery = io.slarules.watch.WatchFixturesAccess.delivery();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-03-01T00:00:00Z")));
        monitor.watch(delivery);
        monitor.advanceTo(at("2026-03-10T00:00:00Z"));
        monitor.append(delivery.id(), Fulfilment.of("F-1", "SPEC-1", at("2026-03-10T12:00:00Z")));
        monitor.advanceTo(at("2026-03-31T12:00:00Z"));
        monitor.append(delivery.id(), Fulfilment.of("F-2", "DELIVERY-1", at("2026-03-31T12:00:00Z")));
        List<Warning> warnings = monitor.warnings(at("2026-04-02T00:00:00Z"));
        assertThat(warnings).extracting(Warning::kind, Warning::subject, Warning::instant).containsExactly(
                org.assertj.core.groups.Tuple.tuple(WarningKind.DUE_SOON, "SPEC-1", at("2026-03-01T00:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, "SPEC-1", at("2026-03-03T00:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.DEPENDENCY_LATE, "DELIVERY-1", at("2026-03-03T00:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.DUE_SOON, "DELIVERY-1", at("2026-03-27T00:00:00Z")),
                org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, "DELIVERY-1", at("2026-03-31T00:00:00Z")));
        Warning late = warnings.get(2);
        // SPEC-1 fulfilled 03-10 12:00: it held DELIVERY-1 up 7.5 days, and no longer
        assertThat(late.heldUpFor()).isEqualTo(Duration.ofHours(180));
        Warning breach = warnings.get(4);
        assertThat(breach.heldUpBy()).contains("client-b");
        assertThat(breach.heldUpFor()).isEqualTo(Duration.ofHours(180));
    }

    // Memory: a month's outages and resolved cases age out once the month is settled.
    @Test
    void eventsOfSettledMonthsAgeOut() {
        Agreement hosting = hosting();
        Monitor monitor = ENGINE.monitor(WatchOptions.startingAt(at("2026-04-01T00:00:00Z")));
        monitor.watch(hosting);
        for (int day = 1; day <= 28; day++) {
            Instant start = at("2026-04-01T10:00:00Z").plus(Duration.ofDays(day - 1));
            monitor.advanceTo(start);
            monitor.append(hosting.id(), Outage.fault("O-" + day, "web", Interval.of(start, start.plusSeconds(120)),
                    "acme", "blip"));
        }
        monitor.advanceTo(at("2026-04-30T00:00:00Z"));
        DroolsMonitor m = (DroolsMonitor) monitor;
        assertThat(m.eventsHeld(hosting.id())).isEqualTo(28);
        // 2 min a day at 10:00: 32 min after 16 days, 32.4 min 24 s into the 17th; 42 min after 21 days,
        // 43.2 min 72 s into the 22nd
        assertThat(monitor.warnings(at("2026-04-30T00:00:00Z"))).extracting(Warning::kind, Warning::instant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningKind.ALLOWANCE_CONSUMED, at("2026-04-17T10:00:24Z")),
                        org.assertj.core.groups.Tuple.tuple(WarningKind.BREACH, at("2026-04-22T10:01:12Z")));
        assertThat(m.warningsHeld(hosting.id())).isEqualTo(2);
        monitor.advanceTo(at("2026-05-02T00:00:00Z"));
        assertThat(monitor.settled(hosting.id())).isPresent();
        assertThat(m.eventsHeld(hosting.id())).isZero();
        assertThat(m.warningsHeld(hosting.id())).isZero();
    }
}
