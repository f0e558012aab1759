package io.slarules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InvalidInputExceptionTest {

    private static final Problem DUPLICATE = Problem.at("agreement", "parties[1].id", "duplicate party id VENDOR");
    private static final Problem UNKNOWN = Problem.at("agreement", "obligations[0].owner", "unknown party NOBODY");

    @Test
    void messageNamesTheAgreementAndEveryProblem() {
        InvalidInputException e = new InvalidInputException("ACME-1", List.of(DUPLICATE, UNKNOWN));

        assertThat(e.agreementId()).contains("ACME-1");
        assertThat(e.problems()).containsExactly(DUPLICATE, UNKNOWN);
        assertThat(e.getMessage()).isEqualTo("invalid input for agreement ACME-1 (2 problems):"
                + "\n  agreement: parties[1].id: duplicate party id VENDOR"
                + "\n  agreement: obligations[0].owner: unknown party NOBODY");
        assertThat(e).isInstanceOf(SlaException.class);
    }

    @Test
    void withoutAnAgreementIdTheMessageSaysInvalidInput() {
        InvalidInputException e = InvalidInputException.of(null, DUPLICATE);

        assertThat(e.agreementId()).isEmpty();
        assertThat(e.getMessage()).startsWith("invalid input (1 problem):");
    }

    @Test
    void problemsAreCopied() {
        List<Problem> problems = new ArrayList<>(List.of(DUPLICATE));
        InvalidInputException e = new InvalidInputException("ACME-1", problems);
        problems.add(UNKNOWN);

        assertThat(e.problems()).containsExactly(DUPLICATE);
    }

    @Test
    void noProblemIsNoInvalidInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidInputException("ACME-1", List.of()));
    }
}
