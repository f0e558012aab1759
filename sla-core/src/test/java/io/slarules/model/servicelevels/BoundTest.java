package io.slarules.model.servicelevels;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BoundTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Stream<Arguments> admissions() {
        return Stream.of(
                // value, bound at 99.9 inclusive?, admitted from above (a lower bound), from below (an upper bound)
                arguments("99.8999999999", true, false, true),
                arguments("99.9", true, true, true),
                arguments("99.90", true, true, true),
                arguments("99.9000000001", true, true, false),
                arguments("99.8999999999", false, false, true),
                // exactly the level: only an inclusive bound holds it
                arguments("99.9", false, false, false),
                arguments("99.9000000001", false, true, false));
    }

    @ParameterizedTest(name = "{0} against 99.9 (inclusive {1}): from above {2}, from below {3}")
    @MethodSource("admissions")
    void aBoundHoldsItsOwnLevelOnlyWhenInclusive(String value, boolean inclusive, boolean fromAbove, boolean fromBelow) {
        Bound bound = new Bound(d("99.9"), inclusive);

        assertThat(bound.admitsFromAbove(d(value))).isEqualTo(fromAbove);
        assertThat(bound.admitsFromBelow(d(value))).isEqualTo(fromBelow);
    }

    @Test
    void factoriesSayWhetherTheLevelBelongs() {
        assertThat(Bound.inclusive(d("99"))).isEqualTo(new Bound(d("99"), true));
        assertThat(Bound.exclusive(d("99"))).isEqualTo(new Bound(d("99"), false));
    }

    @Test
    void boundsReadAsContractsWriteThem() {
        assertThat(Bound.inclusive(d("99")).asLower()).isEqualTo("at least 99 %");
        assertThat(Bound.exclusive(d("99")).asLower()).isEqualTo("above 99 %");
        assertThat(Bound.inclusive(d("99.9")).asUpper()).isEqualTo("at or below 99.9 %");
        assertThat(Bound.exclusive(d("99.9")).asUpper()).isEqualTo("below 99.9 %");
    }

    @ParameterizedTest(name = "a level of {0} % is a percentage")
    @ValueSource(strings = {"0", "0.0000000001", "99.9999999999", "100", "100.000"})
    void levelsFromZeroToAHundredAreAccepted(String level) {
        assertThat(Bound.inclusive(d(level)).level()).isEqualByComparingTo(level);
    }

    @ParameterizedTest(name = "a level of {0} % is refused")
    @ValueSource(strings = {"-0.0000000001", "-1", "100.0000000001", "101"})
    void levelsOutsideZeroToAHundredAreRefused(String level) {
        assertThatThrownBy(() -> Bound.inclusive(d(level))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                        org.assertj.core.api.Assertions.tuple("level", "a percentage must lie between 0 and 100, was " + level)));
    }
}
