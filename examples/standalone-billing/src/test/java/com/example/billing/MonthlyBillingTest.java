package com.example.billing;

import com.example.billing.MonthlyBilling.InvoiceLine;
import io.slarules.CreditKind;
import io.slarules.EvaluationRequest;
import io.slarules.PenaltyKind;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The billing job against the default rules and against the vendor's pack from its own repository. */
class MonthlyBillingTest {

    private static final DateRange APRIL = DateRange.ofMonth(YearMonth.of(2026, 4));
    private static final SlaEngine DEFAULT_RULES = SlaEngine.builder().build();
    private static final SlaEngine WITH_PACKS = SlaEngine.builder().discoverRulePacks().build();

    private static EvaluationRequest northwindInApril() {
        Agreement agreement = Contracts.northwind();
        return EvaluationRequest.of(agreement, APRIL, Contracts.northwindTimeline(agreement));
    }

    private static EvaluationRequest wanInApril() {
        Agreement agreement = Contracts.wan();
        return EvaluationRequest.of(agreement, APRIL, Contracts.wanApril(agreement));
    }

    @Test
    void aprilInvoicesNorthwindsOwnFourDays() {
        List<InvoiceLine> lines = new MonthlyBilling(DEFAULT_RULES).bill(List.of(northwindInApril()));

        // 4 days of Northwind's own delay x 1,000.00 EUR (0.5 % of 200,000.00) = 4,000.00 EUR; the
        // 21 days Client B's late specifications shifted the delivery cost Northwind nothing
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(PenaltyKind.LIQUIDATED_DAMAGES);
            assertThat(line.debtor()).isEqualTo("northwind");
            assertThat(line.creditor()).isEqualTo("client-b");
            assertThat(line.amount()).isEqualTo(Money.of("4000.00", "EUR"));
            assertThat(line.clause()).isEqualTo("12.1");
        });
    }

    @Test
    void aDecisionIsBookedUnderTheSameIdEveryRun() {
        List<InvoiceLine> first = new MonthlyBilling(DEFAULT_RULES).bill(List.of(northwindInApril(), wanInApril()));
        List<InvoiceLine> again = new MonthlyBilling(WITH_PACKS).bill(List.of(northwindInApril()));

        assertThat(first.get(0).decisionId()).startsWith("PD-").isEqualTo(again.get(0).decisionId());
    }

    @Test
    void thePackFromTheVendorsRepositoryExcusesTheCarriersFirstFourHours() {
        // default rules: 360 + 30 = 390 minutes down of April's 43,200: 99.097 % -> 25 % of 1,000.00 = 250.00 EUR
        // the pack: FibreCo's first 4 hours excused, 120 + 30 = 150 minutes: 99.652 % -> 10 % = 100.00 EUR
        List<InvoiceLine> withoutPack = new MonthlyBilling(DEFAULT_RULES).bill(List.of(wanInApril()));
        List<InvoiceLine> withPack = new MonthlyBilling(WITH_PACKS).bill(List.of(wanInApril()));

        assertThat(withoutPack).singleElement().extracting(InvoiceLine::amount).isEqualTo(Money.of("250.00", "EUR"));
        assertThat(withPack).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(CreditKind.SERVICE_CREDIT);
            assertThat(line.debtor()).isEqualTo("netco");
            assertThat(line.amount()).isEqualTo(Money.of("100.00", "EUR"));
        });
    }

    @Test
    void theTestKitReadsTheContract() {
        assertThat(DEFAULT_RULES.evaluate(northwindInApril().agreement(), APRIL, northwindInApril().timeline()))
                .hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR").underClause("12.1");
    }
}
