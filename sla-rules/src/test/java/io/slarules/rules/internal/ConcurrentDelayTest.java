package io.slarules.rules.internal;

import io.slarules.Cause;
import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Worked example R of the rule-pack issue, under each concurrent-delay policy, end to end through
 * the public API; and the rules of phase "concurrent" around it.
 */
class ConcurrentDelayTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final DateRange JUNE = DateRange.ofMonth(java.time.YearMonth.of(2026, 6));
    private static final String HOSTING = "hosting";
    private static final Party HOSTING_GMBH = new Party(HOSTING, "Hosting GmbH", PartyRole.SUBCONTRACTOR,
            Optional.of(NORTHWIND));
    private static final String EXCUSE = DefaultRules.OVERLAP_EXCUSED;
    private static final String APPORTION = DefaultRules.OVERLAP_APPORTIONED;
    private static final String FIRST = DefaultRules.OVERLAP_TO_FIRST_CAUSE;

    /** R: DELIVERY-5 due 06-10, blocked by Client B [06-01, 06-05) and by Northwind's subcontractor [06-03, 06-07), done 06-16. */
    private static final Timeline R = Timeline.of(
            BlockedInterval.of("B-1", "DELIVERY-5", days(6, 1, 6, 5), CLIENT_B, "no test data"),
            BlockedInterval.of("B-2", "DELIVERY-5", days(6, 3, 6, 7), HOSTING, "servers down"),
            Fulfilment.of("F-1", "DELIVERY-5", endOf(6, 16)));

    private static Agreement r(ConcurrentDelay policy) {
        return agreement(northwind("DELIVERY-5", date(6, 10)))
                .parties(HOSTING_GMBH)
                .penalties(delayDamages("DELIVERY-5"))
                .concurrentDelay(policy)
                .build();
    }

    static Stream<Arguments> policies() {
        // 6 days late (06-11 00:00 to 06-17 00:00). Client B alone [06-01, 06-03): 2 days; both [06-03, 06-05):
        // 2 days; the subcontractor alone [06-05, 06-07): 2 days, Northwind's.
        return Stream.of(
                // the overlap is excused: Client B 2, excused 2, Northwind 6 - 4 = 2 -> 2 x 1,000.00 EUR
                arguments(ConcurrentDelay.excuseOverlap(), 2, 2, 2, "2000.00", EXCUSE),
                // split equally: Client B 2 + 1 = 3, Northwind 1 + 2 = 3 -> 3 x 1,000.00 EUR
                arguments(ConcurrentDelay.apportionEqually(), 3, 0, 3, "3000.00", APPORTION),
                // Client B started first and keeps the overlap: 4; Northwind 2 -> 2 x 1,000.00 EUR
                arguments(ConcurrentDelay.firstInTime(), 4, 0, 2, "2000.00", FIRST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void workedExampleR(ConcurrentDelay policy, int customer, int excused, int provider, String amount, String rule) {
        Evaluation evaluation = ENGINE.evaluate(r(policy), JUNE, R);

        DelayAttribution delivery = evaluation.attribution("DELIVERY-5").orElseThrow();
        assertThat(delivery.total()).isEqualTo(Duration.ofDays(6));
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(customer));
        assertThat(delivery.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(excused));
        assertThat(delivery.shareOfAny(r(policy).answeredBy(NORTHWIND))).isEqualTo(Duration.ofDays(provider));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(provider));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> {
            assertThat(d.debtor()).isEqualTo(NORTHWIND);
            assertThat(d.amount()).isEqualTo(Money.of(amount, "EUR"));
            assertThat(d.rules()).contains(rule, DefaultRules.BLOCKED_BY_OWNER);
        });
        assertThat(evaluation.explain()).contains(rule);
    }

    @Test
    void theExcusedOverlapIsExplainedAsConcurrentDelay() {
        DelayAttribution delivery = ENGINE.evaluate(r(ConcurrentDelay.excuseOverlap()), JUNE, R)
                .attribution("DELIVERY-5").orElseThrow();

        assertThat(delivery.segments()).extracting(s -> s.responsible().id(), s -> s.length().toDays(), s -> s.cause())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLIENT_B, 2L, Cause.BLOCKED),
                        org.assertj.core.groups.Tuple.tuple("EXCUSED", 2L, Cause.CONCURRENT_DELAY),
                        org.assertj.core.groups.Tuple.tuple(NORTHWIND, 2L, Cause.OWN_DELAY));
        assertThat(delivery.segments().get(1).reason()).contains("concurrent with B-2 (hosting)");
    }

    @Test
    void anApportionedOverlapFollowsTheStatedShareOfTheOwner() {
        // Northwind bears 75 % of the 2-day overlap: 36 hours; Client B 12 hours.
        // Client B 2 days 12 hours, Northwind 6 days - 2 days 12 hours = 3 days 12 hours -> 4 started days.
        Evaluation evaluation = ENGINE.evaluate(r(ConcurrentDelay.apportion(new BigDecimal("75"))), JUNE, R);

        DelayAttribution delivery = evaluation.attribution("DELIVERY-5").orElseThrow();
        assertThat(delivery.shareOf(CLIENT_B)).isEqualTo(Duration.ofHours(60));
        assertThat(delivery.shareOf(NORTHWIND)).isEqualTo(Duration.ofHours(84));
        assertThat(evaluation.penalties()).singleElement().extracting(PenaltyDecision::amount)
                .isEqualTo(Money.of("4000.00", "EUR"));
    }

    @Test
    void forceMajeureOverlappingTheOwnersDelayStaysExcusedUnderEveryPolicy() {
        // Northwind itself blocked [06-01, 06-05); a flood [06-03, 06-07). 6 days late:
        // excused 4 (06-03..06-07), Northwind 2, whatever the policy.
        Timeline timeline = Timeline.of(
                BlockedInterval.of("B-1", "DELIVERY-5", days(6, 1, 6, 5), NORTHWIND, "staff shortage"),
                ForceMajeure.of("FM-1", days(6, 3, 6, 7), "flood"),
                Fulfilment.of("F-1", "DELIVERY-5", endOf(6, 16)));
        for (ConcurrentDelay policy : new ConcurrentDelay[] {ConcurrentDelay.excuseOverlap(),
                ConcurrentDelay.apportionEqually(), ConcurrentDelay.firstInTime()}) {
            DelayAttribution delivery = ENGINE.evaluate(r(policy), JUNE, timeline).attribution("DELIVERY-5")
                    .orElseThrow();

            assertThat(delivery.shareOf(Responsible.EXCUSED)).as(policy.policy()).isEqualTo(Duration.ofDays(4));
            assertThat(delivery.shareOf(NORTHWIND)).as(policy.policy()).isEqualTo(Duration.ofDays(2));
        }
    }

    @Test
    void theOwnersOwnBlockAloneShiftsNothingAndNoPolicyIsCited() {
        Timeline timeline = Timeline.of(
                BlockedInterval.of("B-2", "DELIVERY-5", days(6, 3, 6, 7), HOSTING, "servers down"),
                Fulfilment.of("F-1", "DELIVERY-5", endOf(6, 16)));

        Evaluation evaluation = ENGINE.evaluate(r(ConcurrentDelay.excuseOverlap()), JUNE, timeline);

        assertThat(evaluation.attribution("DELIVERY-5").orElseThrow().shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(6));
        assertThat(evaluation.penalties()).singleElement().satisfies(d -> assertThat(d.rules()).doesNotContain(EXCUSE));
    }

    @Test
    void theCustomersObligationBlockedByTheProviderFollowsThePolicyToo() {
        // SPEC-9 (Client B) due 06-10, Client B blocked itself [06-01, 06-05), Northwind blocked it [06-03, 06-07),
        // done 06-16: 6 late. FIRST_IN_TIME: Client B started first, so the overlap is its own:
        // Northwind 06-05..06-07 = 2, Client B 4.
        Agreement agreement = agreement(Northwind.clientB("SPEC-9", date(6, 10)))
                .concurrentDelay(ConcurrentDelay.firstInTime()).build();
        Timeline timeline = Timeline.of(
                BlockedInterval.of("B-1", "SPEC-9", days(6, 1, 6, 5), CLIENT_B, "holidays"),
                BlockedInterval.of("B-2", "SPEC-9", days(6, 3, 6, 7), NORTHWIND, "no access"),
                Fulfilment.of("F-1", "SPEC-9", endOf(6, 16)));

        DelayAttribution spec = ENGINE.evaluate(agreement, JUNE, timeline).attribution("SPEC-9").orElseThrow();

        assertThat(spec.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(2));
        assertThat(spec.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void theDefaultPolicyIsToExcuseTheOverlap() {
        assertThat(agreement(northwind("DELIVERY-5", date(6, 10))).build().concurrentDelay())
                .isEqualTo(ConcurrentDelay.excuseOverlap());
        assertThat(LocalDate.of(2026, 6, 1)).isNotNull();
    }
}
