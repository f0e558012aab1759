package io.slarules.rules.internal;

import io.slarules.Cause;
import io.slarules.DefaultRules;
import io.slarules.Responsible;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.evaluate;
import static io.slarules.rules.internal.RuleHarness.firings;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of phase "attribute": intervals claimed for other parties or excused. */
class AttributeRulesTest {

    private static final String BLOCKED = DefaultRules.BLOCKED_BY_ANOTHER_PARTY;
    private static final String FORCE_MAJEURE = DefaultRules.FORCE_MAJEURE_SHIFTS_DUE_DATE;
    private static final String OWN = DefaultRules.REMAINING_LATENESS_OWN;

    private static final Agreement DELIVERY_3 = agreement(northwind("DELIVERY-3", date(5, 29))).build();
    private static final Fulfilment DELIVERED_06_03 = Fulfilment.of("F-1", "DELIVERY-3", endOf(6, 3));

    @Test
    void intervalBlockedByTheCustomerShiftsTheProvidersDueDate() {
        // due 05-29, blocked [05-11, 05-15) by Client B = 4 days, done 06-03: 5 late = Client B 4 + Northwind 1
        Timeline timeline = Timeline.of(DELIVERED_06_03,
                BlockedInterval.of("B-1", "DELIVERY-3", days(5, 11, 5, 15), CLIENT_B, "test environment"));

        // one obligation: its work is started once (facts), then attributed
        assertThat(firings(DELIVERY_3, timeline)).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(io.slarules.DefaultRules.WORK_START, 1, BLOCKED, 1, OWN, 1));
        var a = evaluate(DELIVERY_3, timeline).attribution("DELIVERY-3").orElseThrow();
        assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(4));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(1));
        assertThat(a.segments().get(0).cause()).isEqualTo(Cause.BLOCKED);
        assertThat(a.segments().get(0).event()).contains("B-1");
        assertThat(a.segments().get(0).reason()).isEqualTo("test environment");
    }

    @Test
    void theOwnersOwnBlockedIntervalShiftsNothing() {
        // Northwind blocked itself for 4 days: all 5 days late stay Northwind's
        Timeline timeline = Timeline.of(DELIVERED_06_03,
                BlockedInterval.of("B-1", "DELIVERY-3", days(5, 11, 5, 15), NORTHWIND, "staff shortage"));

        assertThat(firings(DELIVERY_3, timeline)).doesNotContainKey(BLOCKED);
        var a = evaluate(DELIVERY_3, timeline).attribution("DELIVERY-3").orElseThrow();
        assertThat(a.shares()).singleElement().satisfies(s -> {
            assertThat(s.responsible()).isEqualTo(Responsible.party(NORTHWIND));
            assertThat(s.length()).isEqualTo(Duration.ofDays(5));
        });
    }

    @Test
    void aBlockOfAnotherObligationDoesNotShiftThisOne() {
        Agreement agreement = agreement(northwind("DELIVERY-3", date(5, 29)), northwind("OTHER", date(5, 29))).build();
        Timeline timeline = Timeline.of(DELIVERED_06_03,
                BlockedInterval.of("B-1", "OTHER", days(5, 11, 5, 15), CLIENT_B, ""));

        assertThat(firings(agreement, timeline)).containsEntry(BLOCKED, 1); // OTHER is blocked, still open
        var a = evaluate(agreement, timeline).attribution("DELIVERY-3").orElseThrow();
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void aBlockBeforeTheDependenciesWereFulfilledIsAlreadyInTheDependencyShift() {
        // SPEC-1 due 03-02 done 03-23 (21 days, Client B). DELIVERY-1 due 03-30, done 04-24 (25 days).
        // A block on DELIVERY-1 [03-10, 03-15) lies before its work started (03-23 end): it claims nothing.
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)),
                BlockedInterval.of("B-1", "DELIVERY-1", days(3, 10, 3, 15), CLIENT_B, "no access"));

        assertThat(firings(agreement, timeline)).doesNotContainKey(BLOCKED);
        var a = evaluate(agreement, timeline).attribution("DELIVERY-1").orElseThrow();
        assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(21));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void forceMajeureDuringTheWorkIsExcused() {
        // due 07-15, force majeure [07-06, 07-09) = 3 days, done 08-20: 36 late = excused 3 + Northwind 33
        Agreement agreement = agreement(northwind("DELIVERY-4", date(7, 15))).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "DELIVERY-4", endOf(8, 20)),
                ForceMajeure.of("FM-1", days(7, 6, 7, 9), "flood"));

        assertThat(firings(agreement, timeline)).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(io.slarules.DefaultRules.WORK_START, 1, FORCE_MAJEURE, 1, OWN, 1));
        var a = evaluate(agreement, timeline).attribution("DELIVERY-4").orElseThrow();
        assertThat(a.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(3));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(33));
    }

    @Test
    void forceMajeureAfterTheFulfilmentShiftsNothing() {
        Agreement agreement = agreement(northwind("DELIVERY-4", date(7, 15))).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "DELIVERY-4", endOf(8, 20)),
                ForceMajeure.of("FM-1", days(9, 1, 9, 9), "flood"));

        assertThat(firings(agreement, timeline)).doesNotContainKey(FORCE_MAJEURE);
        assertThat(evaluate(agreement, timeline).attribution("DELIVERY-4").orElseThrow().shareOf(NORTHWIND))
                .isEqualTo(Duration.ofDays(36));
    }

    @Test
    void overlappingClaimsCountOnceForTheOneThatStartedFirst() {
        // due 05-29, done 06-08: 10 late. Client B blocks [05-04, 05-08), force majeure [05-06, 05-11):
        // Client B 4 days (05-04..05-08), excused 3 days (05-08..05-11: its overlap went to Client B),
        // Northwind the rest: 10 - 4 - 3 = 3 days.
        Agreement agreement = agreement(northwind("DELIVERY-3", date(5, 29))).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "DELIVERY-3", endOf(6, 8)),
                BlockedInterval.of("B-1", "DELIVERY-3", days(5, 4, 5, 8), CLIENT_B, ""),
                ForceMajeure.of("FM-1", days(5, 6, 5, 11), "storm"));

        var a = evaluate(agreement, timeline).attribution("DELIVERY-3").orElseThrow();
        assertThat(a.total()).isEqualTo(Duration.ofDays(10));
        assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(4));
        assertThat(a.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(3));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(3));
    }
}
