package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.timeline.BlockedInterval;
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
import static io.slarules.rules.internal.Northwind.delayDamages;
import static io.slarules.rules.internal.Northwind.endOf;
import static io.slarules.rules.internal.Northwind.northwind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When an obligation's work starts is a rule a pack replaces by name. */
class WorkStartPackTest {

    // The agreement runs from 2026-02-01. SPEC-1 (Client B) due 02-20, done 02-19: on time, no dependency lateness.
    // DELIVERY-1 (Northwind) depends on it, due 03-30, done 04-04: 5 days late. Client B blocked DELIVERY-1
    // 02-10..02-15 (5 days), before SPEC-1 was done.
    private static final Agreement AGREEMENT = agreement(clientB("SPEC-1", date(2, 20)),
            northwind("DELIVERY-1", date(3, 30), "SPEC-1")).penalties(delayDamages("DELIVERY-1")).build();
    private static final Timeline TIMELINE = Timeline.of(
            Fulfilment.of("F-1", "SPEC-1", endOf(2, 19)),
            BlockedInterval.of("B-1", "DELIVERY-1", days(2, 10, 2, 15), CLIENT_B, "no test data"),
            Fulfilment.of("F-2", "DELIVERY-1", endOf(4, 4)));

    // Default: work on DELIVERY-1 starts when SPEC-1 is done (end of 02-19), so the block before it holds up nothing:
    // Northwind 5 days, 5 started days x 0.5 % of 200,000.00 = 5 x 1,000.00 = 5,000.00 EUR.
    // The pack: work starts with the agreement (02-01), so the block lies in it and shifts the due date by 5 days to
    // the end of 04-04, when DELIVERY-1 was done: Client B 5 days, Northwind 0, no penalty (nothing owed).
    @Test
    void aPackStartingWorkWithTheAgreementLetsAnEarlyBlockShiftTheDueDate() {
        RulePack pack = RulePack.builder("work-with-the-agreement").version("1.0.0")
                .drl("packs/workstart/with-the-agreement.drl").replaces(DefaultRules.WORK_START).build();

        Evaluation byDefault = SlaEngine.builder().build().evaluate(AGREEMENT, RuleHarness.WHOLE_YEAR, TIMELINE);
        Evaluation withPack = SlaEngine.builder().rulePack(pack).build()
                .evaluate(AGREEMENT, RuleHarness.WHOLE_YEAR, TIMELINE);

        DelayAttribution before = byDefault.attribution("DELIVERY-1").orElseThrow();
        assertThat(before.total()).isEqualTo(Duration.ofDays(5));
        assertThat(before.shareOf(NORTHWIND)).isEqualTo(Duration.ofDays(5));
        assertThat(before.shareOf(CLIENT_B)).isEqualTo(Duration.ZERO);
        assertThat(byDefault.penalties()).singleElement()
                .satisfies(d -> assertThat(d.amount()).isEqualTo(Money.of("5000.00", "EUR")));

        DelayAttribution after = withPack.attribution("DELIVERY-1").orElseThrow();
        assertThat(after.shareOf(CLIENT_B)).isEqualTo(Duration.ofDays(5));
        assertThat(after.shareOf(NORTHWIND)).isEqualTo(Duration.ZERO);
        assertThat(withPack.penalties()).isEmpty();
    }

    @Test
    void aReplacementThatStartsNoWorkFailsTheEvaluationNamingTheObligation() {
        RulePack pack = RulePack.builder("no-work").version("1.0.0")
                .drl("packs/nowork/forgets.drl").replaces(DefaultRules.WORK_START).build();

        assertThatThrownBy(() -> SlaEngine.builder().rulePack(pack).build()
                .evaluate(AGREEMENT, RuleHarness.WHOLE_YEAR, TIMELINE))
                .isInstanceOfSatisfying(EvaluationFailedException.class, e -> {
                    assertThat(e.agreementId()).isEqualTo("NW-CB-2026");
                    assertThat(e.rule()).isEqualTo(DefaultRules.WORK_START);
                    assertThat(e).hasMessageContaining("obligation SPEC-1 0 states");
                });
    }
}
