package io.slarules.testing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScaledTriesTest {

    static Stream<Arguments> factors() {
        return Stream.of(
                // no factor, or a blank one: the property's own tries
                arguments(200, null, 200),
                arguments(200, " ", 200),
                // -Pexhaustive: ten times
                arguments(200, "10", 2000),
                arguments(300, "10", 3000),
                // -Pmutation: a tenth, rounded up, never none
                arguments(200, "0.1", 20),
                arguments(205, "0.1", 21),
                arguments(200, "0.001", 1));
    }

    @ParameterizedTest(name = "{0} tries under a factor of \"{1}\" are {2}")
    @MethodSource("factors")
    void aPropertysOwnTriesScaleWithTheBuildsFactor(int tries, String factor, int expected) {
        assertThat(ScaledTries.scaled(tries, factor)).isEqualTo(expected);
    }
}
