package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.Responsible;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.slarules.rules.internal.Northwind.CLIENT_B;
import static io.slarules.rules.internal.Northwind.NORTHWIND;
import static io.slarules.rules.internal.Northwind.agreement;
import static io.slarules.rules.internal.Northwind.date;
import static io.slarules.rules.internal.Northwind.days;
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;

/** The precedence of overlapping claims is a rule a pack replaces by name. */
class ClaimPrecedencePackTest {

    static final String DEFAULT_PRECEDENCE = DefaultRules.CLAIMS_FIRST_START_WINS;
    static final String EXCUSED_FIRST = "concurrent: excused claims first, then the claim that started first";

    // DELIVERY-4 due 07-15, done 07-25: 10 days late. Client B blocked it 07-04..07-08 (4 days), force majeure
    // 07-06..07-09 (3 days): they overlap 07-06..07-08 (2 days).
    private static final Agreement AGREEMENT = agreement(northwind("DELIVERY-4", date(7, 15)))
            .penalties(delayDamages("DELIVERY-4")).build();
    private static final Timeline TIMELINE = Timeline.of(
            BlockedInterval.of("B-1", "DELIVERY-4", days(7, 4, 7, 8), CLIENT_B, "no site access"),
            ForceMajeure.of("FM-1", days(7, 6, 7, 9), "flood"),
            Fulfilment.of("F-1", "DELIVERY-4", endOf(7, 25)));

    // Default: B-1 started first and keeps 07-04..07-08 (Client B 4 days); FM-1 keeps 07-08..07-09 (excused 1 day);
    // Northwind 10 - 5 = 5 days: 5 x 1,000.00 = 5,000.00 EUR.
    // The pack: FM-1 keeps all of 07-06..07-09 (excused 3 days); B-1 keeps 07-04..07-06 (Client B 2 days);
    // Northwind still 10 - 5 = 5 days, 5,000.00 EUR: the union of the claims is the same, its owners are not.
    @Test
    void aPackThatPutsForceMajeureFirstMovesTheOverlapFromTheCustomerToExcused() {
        RulePack pack = RulePack.builder("excused-first").version("1.0.0")
                .drl("packs/precedence/excused-first.drl").replaces(DEFAULT_PRECEDENCE).build();

        Evaluation byDefault = SlaEngine.builder().build().evaluate(AGREEMENT, RuleHarness.WHOLE_YEAR, TIMELINE);
        Evaluation withPack = SlaEngine.builder().rulePack(pack).build()
                .evaluate(AGREEMENT, RuleHarness.WHOLE_YEAR, TIMELINE);

        DelayAttribution before = byDefault.attribution("DELIVERY-4").orElseThrow();
        assertThat(before.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(4));
        assertThat(before.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(1));
        assertThat(before.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(5));
        DelayAttribution after = withPack.attribution("DELIVERY-4").orElseThrow();
        assertThat(after.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(2));
        assertThat(after.shareOf(Responsible.EXCUSED)).isEqualTo(Duration.ofDays(3));
        assertThat(after.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(5));
        assertThat(byDefault.penalties()).singleElement().satisfies(d ->
                assertThat(d.amount()).isEqualTo(Money.of("5000.00", "EUR")));
        assertThat(withPack.penalties()).singleElement().satisfies(d ->
                assertThat(d.amount()).isEqualTo(Money.of("5000.00", "EUR")));
    }
}
