package io.slarules.testkit;

import io.slarules.files.Agreements;
import org.junit.jupiter.api.Test;

import static io.slarules.testkit.SlaAssertions.assertThat;
import static io.slarules.testkit.SlaAssertions.assertThatInvalidInput;
import static io.slarules.testkit.SlaAssertions.catchThrowableOfType;

class InvalidInputAssertTest {

    private static final String THREE_PROBLEMS = """
            id: X
            zone: Mars/Olympus
            currency: EUR
            effective: {from: 2026-03-01, to: 2027-03-01}
            parties:
              - {id: a, name: A, role: PROVIDER}
              - {id: b, name: B, role: CUSTOMER, colour: blue}
            obligations:
              - {id: O-1, owner: a, beneficiary: b}
            """;

    @Test
    void everyProblemIsFoundAtItsPath() {
        assertThatInvalidInput(() -> Agreements.parse(THREE_PROBLEMS, "agreement", true))
                .hasProblemAt("zone", "unknown time zone")
                .hasProblemAt("parties[1].colour", "unknown field")
                .hasProblemAt("obligations[0].due", "is required")
                .hasProblemCount(3)
                .hasProblemsAtExactly("obligations[0].due", "zone", "parties[1].colour");
    }

    @Test
    void aMissingProblemListsTheProblemsThereAre() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () ->
                assertThatInvalidInput(() -> Agreements.parse(THREE_PROBLEMS, "agreement", true))
                        .hasProblemAt("obligations[0].owner"));

        assertThat(e).hasMessageStartingWith("Expecting a problem at \"obligations[0].owner\"\nbut the problems are:\n"
                + "  agreement: zone: unknown time zone");
    }

    @Test
    void codeThatAcceptsItsInputFails() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> assertThatInvalidInput(() -> { }));

        assertThat(e).hasMessage("Expecting an InvalidInputException\nbut nothing was thrown");
    }
}
