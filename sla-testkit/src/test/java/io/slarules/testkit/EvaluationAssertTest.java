package io.slarules.testkit;

import io.slarules.DefaultRules;
import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.testkit.junit.SlaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SlaTest
class EvaluationAssertTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate(SlaEngine engine) {
        evaluation = NorthwindExample.evaluate(engine);
    }

    @Test
    void aPenaltyIsSelectedByEveryCriterionInTurn() {
        assertThat(evaluation).hasPenalty().owedBy("northwind").to("client-b").ofAmount("4000.00 EUR")
                .underClause("12.1").forObligation("DELIVERY-1").withDelay(4).notCapped().withoutTerminationRight()
                .citesRule(DefaultRules.CLAUSE_AGGREGATE_CAP)
                .single().ofAmount("4000 EUR");
        assertThat(evaluation).hasPenaltyFor("DELIVERY-1").single().owedBy("northwind");
        assertThat(evaluation).hasPenaltyCount(1).hasNoPenaltyFor("SPEC-1").owesInTotal("northwind", "client-b", "4000.00 EUR")
                .owesInTotal("client-b", "northwind", "0.00 EUR").citesRule(DefaultRules.LATE_DEPENDENCY_SHIFTS_DUE_DATE);
    }

    @Test
    void aWrongAmountShowsExpectedAndActualForADiffAndTheDecisionsExplanation() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).hasPenalty().owedBy("northwind").to("client-b").ofAmount("3000.00 EUR"));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("3000.00 EUR");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("4000.00 EUR");
        assertThat(e.getMessage())
                .startsWith("Expecting the evaluation of NW-CB-2026 for 2026-03-01..2026-05-01 to have a penalty decision\n"
                        + "  owed by \"northwind\"\n  owed to \"client-b\"\n  of amount 3000.00 EUR\n"
                        + "but the one decision\n  owed by \"northwind\"\n  owed to \"client-b\" is not; its amount:\n"
                        + "  \"4000.00 EUR\"\n")
                .contains("Explanation of decision PD-", "4 x 1,000.00 EUR (0.5 % of 200,000.00 EUR) = 4,000.00 EUR.");
    }

    @Test
    void aPartyWithoutDecisionsIsNamedWithTheDebtorsOfTheDecisions() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).hasPenalty().owedBy("client-b"));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("client-b");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("northwind");
        assertThat(e.getMessage()).contains("but no decision is; its debtor:\n  \"northwind\"");
    }

    @Test
    void anUnexpectedPenaltyIsListedWithItsExplanation() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).as("April's credit note").hasNoPenalties());

        assertThat(e.getMessage()).startsWith("[April's credit note] Expecting the evaluation of NW-CB-2026")
                .contains("to decide no penalty\nbut it decides 1:\n  under clause 12.1 on DELIVERY-1: northwind owes"
                        + " client-b 4000.00 EUR for 4 days")
                .contains("Explanation of decision");
    }

    @Test
    void anAttributionGivesEachPartyItsShare() {
        assertThat(evaluation).attribution("DELIVERY-1").hasTotal(Duration.ofDays(25))
                .gives("client-b", Duration.ofDays(21)).gives("northwind", Duration.ofDays(4))
                .givesExcused(Duration.ZERO).givesNothingTo("EXCUSED").isFinal()
                .citesRule(DefaultRules.LATE_DEPENDENCY_SHIFTS_DUE_DATE);
        assertThat(evaluation).attribution("SPEC-1").gives("client-b", Duration.ofDays(21));
    }

    @Test
    void aWrongShareShowsTheSharesSegmentsAndExplanation() {
        AssertionFailedError e = catchThrowableOfType(AssertionFailedError.class, () ->
                assertThat(evaluation).attribution("DELIVERY-1").gives("northwind", Duration.ofDays(3)));

        assertThat(e.getExpected().getStringRepresentation()).isEqualTo("3 days");
        assertThat(e.getActual().getStringRepresentation()).isEqualTo("4 days");
        assertThat(e.getMessage()).startsWith("Expecting the attribution of DELIVERY-1 to have the share of northwind:\n"
                        + "  3 days\nbut had:\n  4 days\nAttribution:\n  DELIVERY-1: 25 days late, shares client-b 21 days,"
                        + " northwind 4 days\nSegments:\n  21 days  client-b  OWN_DELAY of SPEC-1")
                .contains("Explanation:\n  Agreement NW-CB-2026");
    }

    @Test
    void aMissingAttributionSaysTheObligationIsNotLate() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () ->
                assertThat(evaluation).attribution("KICKOFF-1").gives("northwind", Duration.ofDays(1)));

        assertThat(e.getMessage()).contains("to attribute a delay of KICKOFF-1\nbut it does not: the obligation is not"
                + " late, or not settled in the period.\nAttributions:\n  SPEC-1: 21 days late");
    }
}
