package io.slarules.testkit;

import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.PartyRole;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.timeline.Timeline;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static io.slarules.testkit.SlaAssertions.assertThatIllegalStateException;
import static io.slarules.testkit.SlaAssertions.assertThatInvalidInput;

@SlaTest
class FixturesTest {

    @Test
    void defaultsGiveAProviderACustomerAndClausesOnTheProvidersObligations() {
        Agreement agreement = Fixtures.agreement()
                .obligation("DELIVERY-1").due("2026-05-29")
                .obligation("SPEC-1").owedBy("customer").dueAfterBusinessDays("DELIVERY-1", 3)
                .damages("12.1").value("200000.00 EUR").rate("0.5 %").cap("10 %")
                .build();

        assertThat(agreement.id()).isEqualTo("TEST-AGREEMENT");
        assertThat(agreement.zone().getId()).isEqualTo("UTC");
        assertThat(agreement.parties()).extracting(p -> p.id() + " " + p.role())
                .containsExactly("provider " + PartyRole.PROVIDER, "customer " + PartyRole.CUSTOMER);
        assertThat(agreement.obligation("SPEC-1").orElseThrow().beneficiary()).isEqualTo("provider");
        assertThat(agreement.obligation("SPEC-1").orElseThrow().due()).isEqualTo(Due.after("DELIVERY-1", 3, DayCount.BUSINESS));
        LiquidatedDamages clause = (LiquidatedDamages) agreement.penalties().get(0);
        assertThat(clause.debtor()).isEqualTo("provider");
        assertThat(clause.creditor()).isEqualTo("customer");
        assertThat(clause.obligations()).containsExactly("DELIVERY-1");
        assertThat(clause.capAmount().orElseThrow().amount()).isEqualByComparingTo("20000");
    }

    @Test
    void timelinesReadDatesInTheAgreementsZoneAsFilesDo() {
        Agreement agreement = Fixtures.agreement().zone("Europe/Berlin").obligation("D-1").due("2026-06-01").build();

        Timeline timeline = Fixtures.timeline(agreement)
                .blocked("D-1", "2026-05-11", "2026-05-15", "customer", "no access")
                .forceMajeure("2026-05-20", "2026-05-21")
                .fulfilled("D-1", "2026-06-07T18:00")
                .build();

        assertThat(timeline.fulfilments().get(0).at()).isEqualTo(Instant.parse("2026-06-07T16:00:00Z"));
        assertThat(timeline.blocked().get(0).interval().startInclusive()).isEqualTo(Instant.parse("2026-05-10T22:00:00Z"));
        assertThat(timeline.forceMajeure().get(0).id()).isEqualTo("FM-1");
    }

    @Test
    void workedExampleDInAFewLines(SlaEngine engine) {
        // DELIVERY-3 due 05-29, blocked 4 days by the customer, fulfilled 06-03: 5 days late, 1 the provider's.
        Agreement agreement = Fixtures.agreement()
                .obligation("DELIVERY-3").due("2026-05-29")
                .damages("12.1").value("200000.00 EUR").rate("0.5 %").cap("10 %")
                .build();
        Timeline timeline = Fixtures.timeline(agreement)
                .blocked("DELIVERY-3", "2026-05-11", "2026-05-15", "customer")
                .fulfilled("DELIVERY-3", "2026-06-03")
                .build();

        assertThat(engine.evaluate(agreement, Fixtures.month("2026-06"), timeline))
                .hasPenalty().owedBy("provider").to("customer").ofAmount("1000.00 EUR").withDelay(1);
        assertThat(engine.evaluate(agreement, Fixtures.month("2026-06"), timeline)).attribution("DELIVERY-3")
                .gives("customer", Duration.ofDays(4)).gives("provider", Duration.ofDays(1));
    }

    @Test
    void mistakesAreNamed() {
        assertThatIllegalStateException().isThrownBy(() -> Fixtures.agreement().obligation("D-1").build())
                .withMessage("obligation D-1 has no due date: call due(...) or dueAfter(...)");
        Agreement agreement = Fixtures.agreement().obligation("D-1").due("2026-06-01").build();
        assertThatInvalidInput(() -> Fixtures.timeline(agreement).fulfilled("D-9", "2026-06-01").build())
                .hasProblemAt("fulfilments[F-1].obligation", "unknown obligation D-9");
    }
}
