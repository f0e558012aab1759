package io.slarules.testkit;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.testkit.junit.SlaTest;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SlaTest
@ExtendWith(SoftAssertionsExtension.class)
class SoftSlaAssertionsTest {

    private static Evaluation evaluation;

    @InjectSoftAssertions
    private SoftSlaAssertions injected;

    @BeforeAll
    static void evaluate(SlaEngine engine) {
        evaluation = NorthwindExample.evaluate(engine);
    }

    @Test
    void everyFailedCheckIsCollectedAndAMissingSubjectOnlyOnce() {
        SoftSlaAssertions softly = new SoftSlaAssertions();
        softly.assertThat(evaluation).hasPenalty().owedBy("northwind").ofAmount("3000.00 EUR").underClause("12.1");
        softly.assertThat(evaluation.penalties().get(0)).ofAmount("3000.00 EUR").withDelay(3).owedBy("northwind");
        softly.assertThat(evaluation).attribution("KICKOFF-1").gives("northwind", Duration.ofDays(1)).hasTotal(Duration.ZERO);
        softly.assertThat(evaluation).attribution("DELIVERY-1").gives("northwind", Duration.ofDays(4));
        softly.assertThat("plain AssertJ").startsWith("plain");

        // the selection fails once at the amount; the decision twice; the missing attribution once
        assertThat(softly.errorsCollected()).hasSize(4);
        assertThat(softly.errorsCollected().get(0)).hasMessageContaining("of amount 3000.00 EUR");
        assertThat(softly.errorsCollected().get(2)).hasMessageContaining("to have the delay (in the clause's units)");
        assertThat(softly.errorsCollected().get(3)).hasMessageContaining("to attribute a delay of KICKOFF-1");
    }

    @Test
    void assertSoftlyReportsEveryFailureAtOnce() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> SoftSlaAssertions.assertSoftly(softly -> {
            softly.assertThat(evaluation).hasNoPenalties();
            softly.assertThat(evaluation).attribution("SPEC-1").gives("client-b", Duration.ofDays(20));
        }));

        assertThat(e).hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to decide no penalty").hasMessageContaining("20 days");
    }

    @Test
    void invalidInputIsAssertedSoftlyToo() {
        SoftSlaAssertions softly = new SoftSlaAssertions();
        softly.assertThatInvalidInput(() -> Agreements.parse("id: X", "agreement", true))
                .hasProblemAt("zone", "is required").hasProblemAt("nowhere");
        softly.assertThatInvalidInput(() -> { });

        assertThat(softly.errorsCollected()).hasSize(2);
        assertThat(softly.errorsCollected().get(1)).hasMessageStartingWith("Expecting an InvalidInputException\nbut nothing was thrown");
    }

    @Test
    void theJUnitExtensionInjectsThemAndAssertsAllAfterTheTest() {
        injected.assertThat(evaluation).hasPenalty().ofAmount("4000.00 EUR");
        injected.assertThat(evaluation).attribution("DELIVERY-1").gives("client-b", Duration.ofDays(21));
    }
}
