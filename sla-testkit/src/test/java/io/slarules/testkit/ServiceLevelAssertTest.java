package io.slarules.testkit;

import io.slarules.CreditKind;
import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.time.DateRange;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;
import java.time.YearMonth;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Assertions on objective results and credits, on example G with a monthly cap of 8 % (see
 * {@link ServiceLevelInvariantsTest}): acme loses 50 minutes of April's 43,200, 99.8842592592 %, the
 * 10 % band prices 100.00 USD, held to 80.00 USD.
 */
@SlaTest
class ServiceLevelAssertTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate(SlaEngine engine) {
        evaluation = engine.evaluate(ServiceLevelInvariantsTest.AGREEMENT, DateRange.ofMonth(YearMonth.of(2026, 4)),
                ServiceLevelInvariantsTest.TIMELINE, ServiceLevelInvariantsTest.HISTORY);
    }

    @Test
    void anObjectiveResultIsCheckedLevelOutcomeAndLostTimeByParty() {
        assertThat(evaluation).objective("AVAIL").hasAchieved("99.8842592592").isBreached()
                .hasLostTime("acme", Duration.ofMinutes(50)).hasLostTime("client", Duration.ofMinutes(45))
                .hasExcusedTime(Duration.ofHours(2)).hasLostTime("dc", Duration.ZERO)
                .hasNoteContaining("counted downtime 50 min");
        assertThat(evaluation).objective("AVAIL", YearMonth.of(2026, 4)).isBreached().hasUnitsShortOf("acme", 0);
    }

    @Test
    void aCreditIsSelectedByEveryCriterionInTurn() {
        assertThat(evaluation).hasCredit().forObjective("AVAIL").forMonth(YearMonth.of(2026, 4)).underClause("7.1")
                .ofKind(CreditKind.SERVICE_CREDIT).owedBy("acme").to("client").ofAmount("80.00 USD")
                .pricedAt("100 USD").capped().citesRule(DefaultRules.AVAILABILITY)
                .single().ofAmount("80 USD").isCapped();
        assertThat(evaluation).hasCreditCount(1).creditsInTotal("acme", "client", "80.00 USD")
                .creditsInTotal("client", "acme", "0.00 USD");
        assertThat(evaluation.credits().get(0)).ofKind(CreditKind.SERVICE_CREDIT).forObjective("AVAIL");
    }

    @Test
    void aWrongLostTimeShowsExpectedAndActualAndTheResult() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).objective("AVAIL").hasLostTime("acme", Duration.ofMinutes(95)));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("1 hour 35 minutes");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("50 minutes");
        assertThat(e.getMessage()).startsWith("Expecting the result AVAIL for 2026-04: achieved 99.8842592592 against"
                + " 99.95, breached, lost time acme 50 minutes, client 45 minutes, EXCUSED 2 hours\n"
                + "to have the lost time of acme:\n  \"1 hour 35 minutes\"\nbut had:\n  \"50 minutes\"\nNotes:\n");
    }

    @Test
    void aWrongCreditAmountShowsTheCreditsAndTheirExplanation() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).hasCredit().owedBy("acme").ofAmount("100.00 USD"));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("100.00 USD");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("80.00 USD");
        assertThat(e.getMessage()).contains("to have a credit\n  owed by \"acme\"\n  of amount 100.00 USD\n"
                        + "but the one credit\n  owed by \"acme\" is not; its amount:\n  \"80.00 USD\"",
                "Explanation of credit CR-", "held to the monthly cap");
    }

    @Test
    void aMissingCreditIsReportedOnceAndTheChainIsSkippedSoftly() {
        SoftSlaAssertions softly = new SoftSlaAssertions();
        softly.assertThat(evaluation).hasCredit().ofKind(CreditKind.BONUS).owedBy("client").ofAmount("20.00 USD");
        softly.assertThat(evaluation).objective("NOPE").isMet().hasAchieved("100");

        org.assertj.core.api.Assertions.assertThat(softly.assertionErrorsCollected()).hasSize(2);
    }

    @Test
    void noCreditsWhenNoneIsExpectedFailsWithTheCredits() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> assertThat(evaluation).hasNoCredits());

        org.assertj.core.api.Assertions.assertThat(e).hasMessageContaining("to issue no credit\nbut it issues 1:\n"
                + "  under clause 7.1, SERVICE_CREDIT for AVAIL 2026-04: acme owes client 80.00 USD, capped");
    }
}
