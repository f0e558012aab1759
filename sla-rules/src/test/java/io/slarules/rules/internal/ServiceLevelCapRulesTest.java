package io.slarules.rules.internal;

import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.Bound;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;
import io.slarules.rules.facts.CapLedger;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.internal.servicelevels.Limits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static io.slarules.rules.internal.Hosting.PROVIDER;
import static io.slarules.rules.internal.Hosting.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cap phase's rules for service credits: one named rule per limit, in the documented order, each credit
 * taking them one at a time. April 2026 in UTC, 43,200 minutes; one service of 1,000.00 USD a month, 99.95 % with
 * G's bands. One hour down: 43,140 / 43,200 = 99.861111 % -> 10 % = 100.00 USD.
 */
class ServiceLevelCapRulesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));
    private static final Money FEE = Money.of("1000.00", "USD");
    private static final String CLAUSE_CAP = DefaultRules.CLAUSE_CAP_FOR_WINDOW;
    private static final String MINIMUM = DefaultRules.MINIMUM_CREDIT;
    private static final String SERVICE_CAP = DefaultRules.SERVICE_MONTHLY_CAP;
    private static final String MONTHLY_CAP = DefaultRules.AGREEMENT_MONTHLY_CAP;
    private static final String ROLLING_CAP = DefaultRules.ROLLING_CAP;
    private static final String SETTLED = DefaultRules.SERVICE_CREDIT_CAPS;
    private static final Timeline ONE_HOUR_DOWN = Timeline.of(
            Outage.fault("O-1", "web", between(UTC, "2026-04-08T10:00", "2026-04-08T11:00"), PROVIDER, "bug"));

    /** The clause capped at 8 % of the fee (80.00), the agreement's monthly cap 50.00. */
    private static Agreement capped() {
        ServiceCredit credit = Hosting.credit("AVAIL").bands(Hosting.gBands())
                .cap(Amount.percentOfValue(new BigDecimal("8"))).bonus(new ServiceCredit.Bonus(
                        Bound.inclusive(new BigDecimal("99.99")), Amount.percentOfValue(new BigDecimal("2")))).build();
        return Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web", FEE)), List.of(), List.of(),
                        Optional.empty(), List.of(Hosting.availability("99.95")), List.of(credit),
                        CreditCaps.NONE.withPerMonth(Amount.of(Money.of("50.00", "USD")))))
                .build();
    }

    // 100.00 held to the clause's 80.00, then to the monthly 50.00: both limits cited in their order, the minimum,
    // the service's cap and the rolling cap (which did not bite) not, the settling rule last.
    @Test
    void eachLimitThatBitesIsCitedInItsOrderBeforeTheSettlingRule() {
        Evaluation e = SlaEngine.builder().build().evaluate(capped(), APRIL, ONE_HOUR_DOWN);

        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("50.00", "USD"));
            assertThat(c.capped()).isTrue();
            assertThat(c.rules()).containsSubsequence(CLAUSE_CAP, MONTHLY_CAP, SETTLED).endsWith(SETTLED)
                    .doesNotContain(MINIMUM, SERVICE_CAP, ROLLING_CAP);
            assertThat(c.explanation().toString()).endsWith("; held to the clause's cap of 80.00 USD for the window"
                    + " (0.00 USD used before); held to the monthly cap of 50.00 USD (0.00 USD used before) -> 50.00 USD");
        });
    }

    // Nothing down: 100 % earns the 2 % bonus, 20.00, which no cap holds (the monthly cap is 50.00 anyway).
    @Test
    void aBonusIsSettledByItsOwnRuleUnderNoLimit() {
        Evaluation e = SlaEngine.builder().build().evaluate(capped(), APRIL, Timeline.empty());

        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CreditKind.BONUS);
            assertThat(c.amount()).isEqualTo(Money.of("20.00", "USD"));
            assertThat(c.rules()).endsWith(DefaultRules.UNLIMITED_BONUS_AND_EARN_BACK).doesNotContain(SETTLED);
        });
    }

    // A pack replaces one limit by its rule's name: without the monthly cap, the clause's 80.00 stands.
    @Test
    void aPackDropsOneLimitByReplacingItsRule() {
        SlaEngine engine = SlaEngine.builder().rulePack(RulePack.builder("no-monthly-cap").version("1.0.0")
                .description("credits pass the agreement's monthly cap").drl("packs/nomonthcap/no-monthly-cap.drl")
                .replaces(MONTHLY_CAP).build()).build();

        Evaluation e = engine.evaluate(capped(), APRIL, ONE_HOUR_DOWN);

        assertThat(e.credits()).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(Money.of("80.00", "USD"));
            assertThat(c.rules()).containsSubsequence(CLAUSE_CAP, SETTLED).doesNotContain(MONTHLY_CAP);
        });
    }

    // A replacing rule that matches the credit and never moves it on would drop it silently: the evaluation fails,
    // naming the credit and the stage it was left at.
    @Test
    void aCreditNoRuleMovesOnFailsTheEvaluationNamingItAndItsStage() {
        SlaEngine engine = SlaEngine.builder().rulePack(RulePack.builder("stuck-cap").version("1.0.0")
                .description("forgets credits at the minimum").drl("packs/stuckcap/stuck.drl")
                .replaces(MINIMUM).build()).build();

        assertThatThrownBy(() -> engine.evaluate(capped(), APRIL, ONE_HOUR_DOWN))
                .isInstanceOfSatisfying(EvaluationFailedException.class, ex -> {
                    assertThat(ex.agreementId()).isEqualTo("HOSTING-1");
                    assertThat(ex.getMessage()).contains("the SERVICE_CREDIT under clause 7.1 for AVAIL in 2026-04")
                            .contains("left at the limit stage MINIMUM");
                });
    }

    // What a pack's rolling-cap rule sees of the month: its dates, the agreement's rolling cap (10 % over 3 months
    // here; none in capped()) and the room computed from the history.
    @Test
    void theContextShowsTheMonthAndTheRollingCapARuleDecidesOn() {
        Agreement rolling = Hosting.agreement("USD", UTC, Hosting.year(2026))
                .serviceLevels(new ServiceLevels(List.of(new Service("web", "Web", FEE)), List.of(), List.of(),
                        Optional.empty(), List.of(Hosting.availability("99.95")), List.of(Hosting.credit("AVAIL")
                        .bands(Hosting.gBands()).build()), CreditCaps.NONE.withRolling(3, BigDecimal.TEN)))
                .build();
        java.time.Instant end = java.time.Instant.parse("2026-05-01T00:00:00Z");

        // a service-level session's context holds the billing month as its period; its ledger the month's caps
        EvaluationContext ctx = new EvaluationContext(rolling, APRIL.toInterval(UTC), end);
        CapLedger ledger = Limits.opening(rolling, YearMonth.of(2026, 4), History.empty());
        CapLedger none = Limits.opening(capped(), YearMonth.of(2026, 4), History.empty());

        assertThat(ctx.dates()).isEqualTo(APRIL);
        assertThat(ledger.rollingCap()).contains(new CreditCaps.RollingCap(3, BigDecimal.TEN));
        assertThat(none.rollingCap()).isEmpty();
    }
}
