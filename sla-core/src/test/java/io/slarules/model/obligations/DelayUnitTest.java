package io.slarules.model.obligations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DelayUnitTest {

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments(DelayUnit.DAYS, 1L, "day"),
                arguments(DelayUnit.DAYS, 0L, "days"),
                arguments(DelayUnit.DAYS, 2L, "days"),
                arguments(DelayUnit.HOURS, 1L, "hour"),
                arguments(DelayUnit.HOURS, 4L, "hours"));
    }

    @ParameterizedTest(name = "{1} {0} read \"{2}\"")
    @MethodSource("labels")
    void labelsAreSingularForExactlyOne(DelayUnit unit, long count, String label) {
        assertThat(unit.label(count)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void aDayIsTwentyFourHoursOfWallClock(DelayUnit unit, long count, String label) {
        assertThat(unit.length()).isEqualTo(unit == DelayUnit.DAYS ? Duration.ofDays(1) : Duration.ofHours(1));
    }
}
