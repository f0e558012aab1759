package io.slarules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProblemTest {

    static Stream<Arguments> nestings() {
        return Stream.of(
                arguments("id", "parties[1]", "parties[1].id"),
                arguments("[0]", "obligations[1].dependsOn", "obligations[1].dependsOn[0]"),
                arguments("", "penalties[0]", "penalties[0]"),
                arguments("value", "", "value"));
    }

    @ParameterizedTest(name = "\"{0}\" under \"{1}\" is \"{2}\"")
    @MethodSource("nestings")
    void underPlacesThePathBelowItsParent(String path, String parent, String joined) {
        Problem problem = Problem.at("agreement", path, "must not be blank");

        assertThat(problem.under(parent)).isEqualTo(Problem.at("agreement", joined, "must not be blank"));
    }

    @Test
    void inMovesTheProblemToAnotherSource() {
        assertThat(Problem.at("agreement", "id", "is required").in("acme.yaml"))
                .isEqualTo(Problem.at("acme.yaml", "id", "is required"));
    }

    @Test
    void printsSourcePathAndMessage() {
        assertThat(Problem.at("agreement", "parties[1].id", "duplicate party id VENDOR"))
                .hasToString("agreement: parties[1].id: duplicate party id VENDOR");
        assertThat(Problem.at("timeline", "", "is empty")).hasToString("timeline: is empty");
    }

    @Test
    void emptySourceOrMessageIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Problem.at("", "id", "is required"));
        assertThatIllegalArgumentException().isThrownBy(() -> Problem.at("agreement", "id", ""));
    }
}
