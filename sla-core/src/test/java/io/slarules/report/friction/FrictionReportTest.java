package io.slarules.report.friction;

import io.slarules.Evaluation;
import io.slarules.model.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.slarules.report.friction.Portfolios.chainMarch;
import static io.slarules.report.friction.Portfolios.hostingMarch;
import static io.slarules.report.friction.Portfolios.northwindMarch;
import static io.slarules.report.friction.Portfolios.northwindWholePeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrictionReportTest {

    private static Subject obligation(String agreement, String id) {
        return Subject.obligation(agreement, id);
    }

    @Test
    void clientBHeldUpNorthwindTwentyOneDaysAndNorthwindHeldUpClientBFour() {
        FrictionReport report = FrictionReport.of(List.of(northwindWholePeriod()));

        FrictionCell clientB = report.cell("client-b", "northwind").orElseThrow();
        assertThat(clientB.delay()).isEqualTo(Duration.ofDays(21));      // SPEC-1, due 03-02, fulfilled 03-23
        assertThat(clientB.knockOn()).isEqualTo(Duration.ofDays(21));    // the same 21 days, shifting DELIVERY-1
        assertThat(clientB.breaches()).isEqualTo(1);                     // SPEC-1 late on its own account
        assertThat(clientB.owed()).isEmpty();
        assertThat(clientB.subjects()).containsExactly(obligation("NW-CB-2026", "DELIVERY-1"),
                obligation("NW-CB-2026", "SPEC-1"));

        FrictionCell northwind = report.cell("northwind", "client-b").orElseThrow();
        assertThat(northwind.delay()).isEqualTo(Duration.ofDays(4));     // 25 days late - 21 shifted
        assertThat(northwind.knockOn()).isZero();
        assertThat(northwind.breaches()).isEqualTo(1);
        assertThat(northwind.owed()).containsExactly(Money.of("4000.00", "EUR")); // 4 x 0.5 % x 200,000.00
        assertThat(northwind.subjects()).containsExactly(obligation("NW-CB-2026", "DELIVERY-1"));
        assertThat(report.cells()).hasSize(2);
    }

    @Test
    void eachPartysOwnPerformanceCountsTheCustomerToo() {
        FrictionReport report = FrictionReport.of(List.of(northwindWholePeriod()));

        PartyPerformance clientB = report.performance("client-b").orElseThrow();
        assertThat(clientB.settled()).isEqualTo(1);
        assertThat(clientB.onTime()).isZero();
        assertThat(clientB.lateOwnAccount()).isEqualTo(1);
        assertThat(clientB.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0"));
        assertThat(clientB.delayCaused()).isEqualTo(Duration.ofDays(21));
        assertThat(clientB.delaySuffered()).isEqualTo(Duration.ofDays(4));
        assertThat(clientB.receives()).containsExactly(Money.of("4000.00", "EUR"));

        PartyPerformance northwind = report.performance("northwind").orElseThrow();
        assertThat(northwind.settled()).isEqualTo(1);
        assertThat(northwind.lateOwnAccount()).isEqualTo(1);
        assertThat(northwind.delayCaused()).isEqualTo(Duration.ofDays(4));
        assertThat(northwind.delaySuffered()).isEqualTo(Duration.ofDays(21));
        assertThat(northwind.pays()).containsExactly(Money.of("4000.00", "EUR"));
        assertThat(northwind.windowsMetRate()).isEmpty();
    }

    @Test
    void anObligationStillOpenCountsOnlyWhenItSettles() {
        FrictionReport report = FrictionReport.of(List.of(northwindMarch()));

        assertThat(report.cells()).singleElement().satisfies(c -> {
            assertThat(c.responsible()).isEqualTo("client-b");
            assertThat(c.delay()).isEqualTo(Duration.ofDays(21));
            assertThat(c.knockOn()).isZero();
        });
        PartyPerformance northwind = report.performance("northwind").orElseThrow();
        assertThat(northwind.settled()).isZero();
        assertThat(northwind.openLate()).isEqualTo(1);
        assertThat(northwind.onTimeRate()).isEmpty();
    }

    @Test
    void anObligationFulfilledByItsDueDateIsOnTime() {
        EvaluatedAgreement whole = northwindWholePeriod();
        Evaluation evaluation = whole.evaluation();
        // the same evaluation without SPEC-1's delay: fulfilled by its due date
        Evaluation specOnTime = Evaluation.builder().agreementId(evaluation.agreementId()).period(evaluation.period())
                .asOf(evaluation.asOf()).attributions(evaluation.attributions().subList(1, 2))
                .penalties(evaluation.penalties()).explanation("by hand").build();
        FrictionReport report = FrictionReport.of(List.of(EvaluatedAgreement.of(whole.agreement(), whole.timeline(),
                specOnTime)));

        PartyPerformance clientB = report.performance("client-b").orElseThrow();
        assertThat(clientB.settled()).isEqualTo(1);
        assertThat(clientB.onTime()).isEqualTo(1);
        assertThat(clientB.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("100.0"));
    }

    @Test
    void lostTimePausesAndCasesGoToWhoeverCausedThemAndSubcontractorsCountAsTheirProvider() {
        FrictionReport report = FrictionReport.of(List.of(hostingMarch()));

        FrictionCell acme = report.cell("acme", "client-y").orElseThrow();
        // 60 min Acme + 30 min its subcontractor + C-1's 1 h beyond its 8 h target
        assertThat(acme.delay()).isEqualTo(Duration.ofMinutes(60 + 30 + 60));
        assertThat(acme.breaches()).isEqualTo(2);                          // AVAIL-WEB missed, C-1 breached
        assertThat(acme.owed()).containsExactly(Money.of("125.00", "USD")); // 100.00 + 25.00
        assertThat(acme.subjects()).extracting(Subject::label).containsExactly("HOST-Y/C-1",
                "HOST-Y/AVAIL-WEB@2026-03");

        FrictionCell clientY = report.cell("client-y", "acme").orElseThrow();
        assertThat(clientY.delay()).isEqualTo(Duration.ofMinutes(45).plusHours(4)); // its downtime + C-1's pause
        assertThat(clientY.breaches()).isZero();
        assertThat(clientY.owed()).containsExactly(Money.of("10.00", "USD")); // the bonus runs the other way
        assertThat(report.cell("dc", "client-y")).isEmpty();

        assertThat(report.excused()).isEqualTo(Duration.ofMinutes(20));
        PartyPerformance acmePerformance = report.performance("acme").orElseThrow();
        assertThat(acmePerformance.excused()).isEqualTo(Duration.ofMinutes(20));
        assertThat(acmePerformance.windows()).isEqualTo(3);
        assertThat(acmePerformance.windowsMet()).isEqualTo(1);
        assertThat(acmePerformance.windowsMetRate()).hasValueSatisfying(r -> assertThat(r)
                .isEqualByComparingTo("33.3"));
    }

    @Test
    void anUpstreamShortfallCountsAgainstTheUpstreamUnit() {
        FrictionReport report = FrictionReport.of(List.of(chainMarch()));

        FrictionCell marketing = report.cell("marketing", "sales").orElseThrow();
        assertThat(marketing.shortfall()).isEqualTo(50 + 13);     // its own leads, and Sales' 13 customers
        assertThat(marketing.breaches()).isEqualTo(2);            // LEADS missed; its part of CLOSED missed
        assertThat(marketing.owed()).containsExactly(Money.of("1000.00", "EUR")); // 50 x 20.00
        FrictionCell salesToCompany = report.cell("sales", "company").orElseThrow();
        assertThat(salesToCompany.shortfall()).isEqualTo(1);
        assertThat(salesToCompany.breaches()).isEqualTo(1);
        assertThat(salesToCompany.owed()).containsExactly(Money.of("30.00", "EUR"));
        assertThat(report.cell("sales", "service").orElseThrow().owed()).containsExactly(Money.of("70.00", "EUR"));
        assertThat(report.performance("sales").orElseThrow().pays()).containsExactly(Money.of("100.00", "EUR"));
        assertThat(report.performance("sales").orElseThrow().receives()).containsExactly(Money.of("1000.00", "EUR"));
    }

    @Test
    void aPortfolioListsEveryPartyByIdWhateverTheOrderGiven() {
        List<EvaluatedAgreement> evaluations = new ArrayList<>(List.of(northwindWholePeriod(), hostingMarch(),
                chainMarch()));
        FrictionReport report = FrictionReport.of(evaluations);
        Collections.reverse(evaluations);
        FrictionReport reversed = FrictionReport.of(evaluations);

        assertThat(report.parties()).extracting(ReportParty::id).containsExactly("acme", "client-b", "client-y",
                "company", "dc", "marketing", "northwind", "sales", "service");
        assertThat(report.agreements()).containsExactly("CHAIN-X", "HOST-Y", "NW-CB-2026");
        assertThat(report.cells()).extracting(c -> c.responsible() + ">" + c.affected()).containsExactly(
                "acme>client-y", "client-b>northwind", "client-y>acme", "marketing>sales", "northwind>client-b",
                "sales>company", "sales>service");
        assertThat(reversed.toJson()).isEqualTo(report.toJson());
        assertThat(reversed.toHtml()).isEqualTo(report.toHtml());
    }

    @Test
    void everyDelayIsCausedByOnePartyAndSufferedByAnother() {
        FrictionReport report = FrictionReport.of(List.of(northwindWholePeriod(), hostingMarch(), chainMarch()));

        Duration inCells = report.cells().stream().map(FrictionCell::delay).reduce(Duration.ZERO, Duration::plus);
        Duration caused = report.performance().stream().map(PartyPerformance::delayCaused)
                .reduce(Duration.ZERO, Duration::plus);
        Duration suffered = report.performance().stream().map(PartyPerformance::delaySuffered)
                .reduce(Duration.ZERO, Duration::plus);
        // 21d + 4d (Northwind) + 2h 30m + 4h 45m (hosting)
        assertThat(inCells).isEqualTo(Duration.ofDays(25).plusHours(7).plusMinutes(15));
        assertThat(caused).isEqualTo(inCells);
        assertThat(suffered).isEqualTo(inCells);
    }

    @Test
    void anAgreementGivenTwiceForOnePeriodIsRefused() {
        assertThatThrownBy(() -> FrictionReport.of(List.of(chainMarch(), chainMarch())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CHAIN-X");
    }

    @Test
    void anEvaluationOfAnotherAgreementIsRefused() {
        assertThatThrownBy(() -> EvaluatedAgreement.of(chainMarch().agreement(), chainMarch().timeline(),
                hostingMarch().evaluation()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOST-Y")
                        .hasMessageContaining("CHAIN-X");
    }

    @Test
    void noEvaluationsGiveAnEmptyReport() {
        FrictionReport report = FrictionReport.of(List.of());
        assertThat(report.cells()).isEmpty();
        assertThat(report.parties()).isEmpty();
        assertThat(report.toText()).contains("nobody held up anybody");
        assertThat(report.toHtml()).contains("<title>Friction report no period</title>");
    }
}
