package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.clientB;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static io.slarules.rules.internal.RuleHarness.ENGINE;
import static io.slarules.rules.internal.RuleHarness.evaluate;
import static io.slarules.rules.internal.RuleHarness.firings;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of phase "propagate": late dependencies, and the owner's own delay. */
class PropagateRulesTest {

    private static final String SHIFT = DefaultRules.LATE_DEPENDENCY_SHIFTS_DUE_DATE;
    private static final String OWN = DefaultRules.REMAINING_LATENESS_OWN;

    private static final Fulfilment SPEC_DONE_03_23 = Fulfilment.of("F-1", "SPEC-1", endOf(3, 23));

    @Test
    void eachObligationIsAttributedOnceAndTheLateDependencyShiftsItsDependent() {
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .build();
        Timeline timeline = Timeline.of(SPEC_DONE_03_23, Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 24)));

        // two obligations: each has its work started (facts) and is attributed once
        assertThat(firings(agreement, timeline)).containsExactlyInAnyOrderEntriesOf(
                Map.of(io.slarules.DefaultRules.WORK_START, 2, SHIFT, 1, OWN, 2));
    }

    @Test
    void equallyLateParallelDependenciesShiftByTheOneWithTheSmallestId() {
        // SPEC-2 and ACCESS-2 both 5 days late: the shift is 5 days (not 10), from ACCESS-2.
        // DELIVERY-2 due 05-04, done 05-11: 7 late = Client B 5 + Northwind 2.
        Agreement agreement = agreement(clientB("SPEC-2", date(4, 1)), clientB("ACCESS-2", date(4, 1)),
                northwind("DELIVERY-2", date(5, 4), "SPEC-2", "ACCESS-2")).build();
        Timeline timeline = Timeline.of(Fulfilment.of("F-1", "SPEC-2", endOf(4, 6)),
                Fulfilment.of("F-2", "ACCESS-2", endOf(4, 6)), Fulfilment.of("F-3", "DELIVERY-2", endOf(5, 11)));

        assertThat(firings(agreement, timeline)).containsEntry(SHIFT, 1);
        var a = evaluate(agreement, timeline).attribution("DELIVERY-2").orElseThrow();
        assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(5));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(2));
        assertThat(a.segments().get(0).origin()).isEqualTo("ACCESS-2");
    }

    @Test
    void aDueDateRelativeToTheDependencyIsNotShiftedASecondTime() {
        // SPEC-1 due 03-02, done 03-23 (21 days late). DELIVERY-1 due 10 calendar days after SPEC-1:
        // end of 04-02. Done 04-05: 3 days late, all Northwind's; SPEC-1's lateness already moved the date.
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)),
                Obligation.of("DELIVERY-1", NORTHWIND, CLIENT_B, "", Due.after("SPEC-1", 10, DayCount.CALENDAR))
                        .withDependsOn("SPEC-1"))
                .penalties(delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(SPEC_DONE_03_23, Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 5)));

        assertThat(firings(agreement, timeline)).doesNotContainKey(SHIFT);
        Evaluation evaluation = evaluate(agreement, timeline);
        var a = evaluation.attribution("DELIVERY-1").orElseThrow();
        assertThat(a.due()).isEqualTo(endOf(4, 2));
        assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(3));
        assertThat(evaluation.penalties()).singleElement().extracting(d -> d.amount())
                .isEqualTo(Money.of("3000.00", "EUR"));
    }

    @Test
    void businessDaysSkipWeekendsAndListedHolidays() {
        // SPEC-1 done Monday 03-23. 10 business days later, with Good Friday 04-03 a holiday:
        // 03-24..03-27 (4), 03-30..04-02 (8), 04-06 (9), 04-07 (10): due end of Tuesday 04-07.
        // Done 04-09: 2 days late.
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)),
                Obligation.of("DELIVERY-1", NORTHWIND, CLIENT_B, "", Due.after("SPEC-1", 10, DayCount.BUSINESS)))
                .holidays(date(4, 3)).build();
        Timeline timeline = Timeline.of(SPEC_DONE_03_23, Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 9)));

        var a = evaluate(agreement, timeline).attribution("DELIVERY-1").orElseThrow();
        assertThat(a.due()).isEqualTo(endOf(4, 7));
        assertThat(a.total()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void whenTheShiftCoversTheWholeLatenessTheOwnerOwesNothing() {
        // SPEC-1 21 days late; DELIVERY-1 due 03-30 done 04-10: 11 days late, all covered by the shift.
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(SPEC_DONE_03_23, Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 10)));

        Evaluation evaluation = evaluate(agreement, timeline);
        var a = evaluation.attribution("DELIVERY-1").orElseThrow();
        assertThat(a.shares()).singleElement().satisfies(s -> assertThat(s.length()).isEqualTo(Duration.ofDays(11)));
        assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(11));
        assertThat(evaluation.penalties()).isEmpty();
        assertThat(firings(agreement, timeline)).doesNotContainKey(DefaultRules.DELAY_OF_THE_DEBTOR);
    }

    @Test
    void anOpenObligationGetsAProvisionalAttributionAndNoDecisionYet() {
        // April: SPEC-1 settled in March (not reported). DELIVERY-1 due 03-30 is open at the end of April:
        // late from 03-31 00:00 to 05-01 00:00 = 31 days so far; Client B 21 (shift), Northwind 10.
        Agreement agreement = agreement(clientB("SPEC-1", date(3, 2)), northwind("DELIVERY-1", date(3, 30), "SPEC-1"))
                .penalties(delayDamages("DELIVERY-1")).build();
        Timeline timeline = Timeline.of(SPEC_DONE_03_23, Fulfilment.of("F-2", "DELIVERY-1", endOf(5, 20)));

        Evaluation april = ENGINE.evaluate(agreement, DateRange.ofMonth(YearMonth.of(2026, 4)), timeline);

        assertThat(april.attributions()).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("DELIVERY-1");
            assertThat(a.provisional()).isTrue();
            assertThat(a.total()).isEqualTo(Duration.ofDays(31));
            assertThat(a.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(21));
            assertThat(a.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(10));
        });
        assertThat(april.penalties()).isEmpty();
    }
}
