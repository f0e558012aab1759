package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples A-F of the foundation issue, end to end through the public API. */
class WorkedExamplesTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    /** Wide enough to settle every example at once. */
    private static final DateRange WHOLE_YEAR = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1));

    @Test
    void lateSpecificationsShiftDeliveryAndNorthwindPaysForItsOwnFourDays() {
        // A: SPEC-1 due 03-02, done 03-23: 21 days late, all Client B's.
        // DELIVERY-1 due 03-30, done 04-24: 25 days late = shift 21 (Client B) + own 4 (Northwind).
        // 4 started days x 0.5 % x 200,000.00 = 4 x 1,000.00 = 4,000.00 EUR.
        Agreement agreement = agreement(
                clientB("SPEC-1", date(3, 2)),
                northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(
                Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)),
                Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

        Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

        assertThat(evaluation.attribution("SPEC-1").orElseThrow().shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(21));
        var delivery = evaluation.attribution("DELIVERY-1").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(25));
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(21));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(4));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.debtor()).isEqualTo(NORTHWIND);
            assertThat(d.creditor()).isEqualTo(CLIENT_B);
            assertThat(d.amount()).isEqualTo(Money.of("4000.00", "EUR"));
            assertThat(d.amount().amount().scale()).isEqualTo(2);
            assertThat(d.clause()).isEqualTo("12.1");
            assertThat(d.subject()).isEqualTo("DELIVERY-1");
            assertThat(d.delay()).isEqualTo(4);
            assertThat(d.capped()).isFalse();
            assertThat(d.terminationRight()).isFalse();
            // in derivation order: SPEC-1's own delay, passed on to DELIVERY-1, then DELIVERY-1's own
            assertThat(d.rules()).containsExactly(
                    DefaultRules.REMAINING_LATENESS_OWN,
                    DefaultRules.LATE_DEPENDENCY_SHIFTS_DUE_DATE,
                    DefaultRules.DELAY_OF_THE_DEBTOR,
                    DefaultRules.DAMAGES_PER_UNIT,
                    DefaultRules.CLAUSE_AGGREGATE_CAP);
        });
    }

    @Test
    void blameForALateKickoffTravelsThroughTheSpecificationToTheDelivery() {
        // B: KICKOFF-1 due 03-02, done 03-06: 4 late (Northwind).
        // SPEC-1 due 03-09, done 03-20: 11 late = Northwind 4 (shift) + Client B 7.
        // DELIVERY-1 due 03-30, done 04-13: 14 late = shift 11 (Northwind 4, Client B 7) + own 3.
        // Northwind 7 x 1,000.00 = 7,000.00 EUR.
        Agreement agreement = agreement(
                northwind("KICKOFF-1", date(3, 2)),
                clientB("SPEC-1", date(3, 9), "KICKOFF-1"),
                northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(
                Fulfilment.of("F-1", "KICKOFF-1", endOf(3, 6)),
                Fulfilment.of("F-2", "SPEC-1", endOf(3, 20)),
                Fulfilment.of("F-3", "DELIVERY-1", endOf(4, 13)));

        Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

        var spec = evaluation.attribution("SPEC-1").orElseThrow();
        assertThat(spec.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(4));
        assertThat(spec.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(7));
        var delivery = evaluation.attribution("DELIVERY-1").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(14));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(7));
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(7));
        assertThat(delivery.segments().get(0).origin()).isEqualTo("KICKOFF-1");
        assertThat(delivery.segments().get(0).via()).containsExactly("SPEC-1");
        assertThat(evaluation.penalties()).singleElement()
                .extracting(PenaltyDecision::amount).isEqualTo(Money.of("7000.00", "EUR"));
    }

    @Test
    void parallelDependenciesShiftByTheCriticalOneNotTheirSum() {
        // C: SPEC-2 5 days late, ACCESS-2 8 days late, both Client B's; DELIVERY-2 10 days late.
        // Shift by the larger, 8: Client B 8, Northwind 2 -> 2 x 1,000.00 = 2,000.00 EUR.
        Agreement agreement = agreement(
                clientB("SPEC-2", date(4, 1)),
                clientB("ACCESS-2", date(4, 1)),
                northwind("DELIVERY-2", date(5, 4), "SPEC-2", "ACCESS-2"))
                .penalties(delayDamages("DELIVERY-2")).build();
        Timeline timeline = Timeline.of(
                Fulfilment.of("F-1", "SPEC-2", endOf(4, 6)),
                Fulfilment.of("F-2", "ACCESS-2", endOf(4, 9)),
                Fulfilment.of("F-3", "DELIVERY-2", endOf(5, 14)));

        Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

        var delivery = evaluation.attribution("DELIVERY-2").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(10));
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(8));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(2));
        assertThat(delivery.segments().get(0).origin()).isEqualTo("ACCESS-2");
        assertThat(evaluation.penalties()).singleElement()
                .extracting(PenaltyDecision::amount).isEqualTo(Money.of("2000.00", "EUR"));
    }

    @Test
    void waitingForTheCustomersTestEnvironmentCountsAgainstTheCustomer() {
        // D: DELIVERY-3 due 05-29, blocked [05-11, 05-15) by Client B (4 days), done 06-03: 5 late.
        // Client B 4, Northwind 1 -> 1,000.00 EUR.
        Agreement agreement = agreement(northwind("DELIVERY-3", date(5, 29)))
                .penalties(delayDamages("DELIVERY-3")).build();
        Timeline timeline = Timeline.of(
                BlockedInterval.of("B-1", "DELIVERY-3", days(5, 11, 5, 15), CLIENT_B,
                        "waiting for the customer's test environment"),
                Fulfilment.of("F-1", "DELIVERY-3", endOf(6, 3)));

        Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

        var delivery = evaluation.attribution("DELIVERY-3").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(5));
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(4));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(1));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(Money.of("1000.00", "EUR"));
            assertThat(d.rules()).startsWith(DefaultRules.BLOCKED_BY_ANOTHER_PARTY);
        });
    }

    @Test
    void forceMajeureIsExcusedAndTheCapLimitsTheDamagesAndGrantsTermination() {
        // E: DELIVERY-4 due 07-15, force majeure [07-06, 07-09) = 3 days, done 08-20: 36 late.
        // Excused 3, Northwind 33: 33 x 1,000.00 = 33,000.00, capped at 10 % = 20,000.00 EUR.
        // 33 > 30: Client B may terminate.
        Agreement agreement = agreement(northwind("DELIVERY-4", date(7, 15)))
                .penalties(Northwind.damages(DelayRounding.UP, OptionalLong.of(30), "DELIVERY-4")).build();
        Timeline timeline = Timeline.of(
                ForceMajeure.of("FM-1", days(7, 6, 7, 9), "flood"),
                Fulfilment.of("F-1", "DELIVERY-4", endOf(8, 20)));

        Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

        var delivery = evaluation.attribution("DELIVERY-4").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(36));
        assertThat(delivery.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(3));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(33));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.priced()).isEqualTo(Money.of("33000", "EUR"));
            assertThat(d.amount()).isEqualTo(Money.of("20000.00", "EUR"));
            assertThat(d.capped()).isTrue();
            assertThat(d.terminationRight()).isTrue();
            assertThat(d.rules()).contains(DefaultRules.FORCE_MAJEURE_SHIFTS_DUE_DATE,
                    DefaultRules.TERMINATION_ON_DELAY);
        });
    }

    @Test
    void roundingDownPricesOnlyWholeDaysAndRoundingUpEveryStartedDay() {
        // F: due 2026-06-01 (end of day), delivered 2026-06-07 18:00 local: 5 days 18 hours late.
        // DOWN: 5 x 1,000.00 = 5,000.00 EUR; UP: 6 x 1,000.00 = 6,000.00 EUR.
        var delivered = LocalDate.of(2026, 6, 7).atTime(18, 0).atZone(Northwind.ZONE).toInstant();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "DELIVERY-5", delivered));
        for (var rounding : DelayRounding.values()) {
            Agreement agreement = agreement(northwind("DELIVERY-5", date(6, 1)))
                    .penalties(Northwind.damages(rounding, OptionalLong.empty(), "DELIVERY-5")).build();

            Evaluation evaluation = ENGINE.evaluate(agreement, WHOLE_YEAR, timeline);

            assertThat(evaluation.attribution("DELIVERY-5").orElseThrow().total())
                    .isEqualTo(Duration.ofDays(5).plusHours(18));
            // (issue 13) PRO_RATA: 5.75 x 1,000.00 = 5,750.00 EUR; ONCE: 1 x 1,000.00 = 1,000.00 EUR
            String expected = switch (rounding) {
                case DOWN -> "5000.00";
                case UP -> "6000.00";
                case PRO_RATA -> "5750.00";
                case ONCE -> "1000.00";
            };
            assertThat(evaluation.penalties()).singleElement()
                    .extracting(PenaltyDecision::amount).isEqualTo(Money.of(expected, "EUR"));
        }
    }
}
