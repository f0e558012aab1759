package io.slarules.internal.calc;

import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static io.slarules.model.obligations.DelayRounding.DOWN;
import static io.slarules.model.obligations.DelayRounding.UP;
import static io.slarules.model.obligations.DelayUnit.DAYS;
import static io.slarules.model.obligations.DelayUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DelayCountTest {

    private static final Duration FIVE_DAYS_18_HOURS = Duration.ofDays(5).plusHours(18);

    static Stream<Arguments> counts() {
        return Stream.of(
                // 5 days 18 hours: a started day counts UP, only whole days DOWN
                arguments(FIVE_DAYS_18_HOURS, DAYS, UP, 6L),
                arguments(FIVE_DAYS_18_HOURS, DAYS, DOWN, 5L),
                // exact multiples are the same either way
                arguments(Duration.ofDays(5), DAYS, UP, 5L),
                arguments(Duration.ofDays(5), DAYS, DOWN, 5L),
                arguments(Duration.ofHours(7), HOURS, UP, 7L),
                // in hours: 5 * 24 + 18 = 138, whole
                arguments(FIVE_DAYS_18_HOURS, HOURS, UP, 138L),
                arguments(FIVE_DAYS_18_HOURS, HOURS, DOWN, 138L),
                // 90 minutes: 2 started hours, 1 whole
                arguments(Duration.ofMinutes(90), HOURS, UP, 2L),
                arguments(Duration.ofMinutes(90), HOURS, DOWN, 1L),
                // one nanosecond starts a day but completes none
                arguments(Duration.ofNanos(1), DAYS, UP, 1L),
                arguments(Duration.ofNanos(1), DAYS, DOWN, 0L),
                // 23:59 is not a whole day
                arguments(Duration.ofHours(23).plusMinutes(59), DAYS, DOWN, 0L),
                arguments(Duration.ofHours(23).plusMinutes(59), DAYS, UP, 1L),
                // no delay is no unit
                arguments(Duration.ZERO, DAYS, UP, 0L),
                arguments(Duration.ZERO, DAYS, DOWN, 0L),
                arguments(Duration.ZERO, HOURS, UP, 0L));
    }

    @ParameterizedTest(name = "{0} is {3} {1} rounded {2}")
    @MethodSource("counts")
    void unitsCountsStartedOrWholeUnits(Duration delay, DelayUnit unit, DelayRounding rounding, long expected) {
        assertThat(DelayCount.units(delay, unit, rounding)).isEqualTo(expected);
    }

    @Test
    void negativeDelayIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DelayCount.units(Duration.ofHours(-1), DAYS, UP));
    }

    @Test
    void delaysTooLongForLongNanosecondsAreCountedExactlyStill() {
        // 300 years of days and a second: past the 292 years a long counts in nanoseconds, so the exact
        // Duration path counts them; 300 x 365 = 109,500 whole days, the second starts one more
        Duration longDelay = Duration.ofDays(109_500).plusSeconds(1);
        assertThat(DelayCount.units(longDelay, DAYS, DOWN)).isEqualTo(109_500L);
        assertThat(DelayCount.units(longDelay, DAYS, UP)).isEqualTo(109_501L);
    }

    @Test
    void countingInLongNanosecondsAgreesWithDurationDivision() {
        // the reference is what the count was before it moved to long nanoseconds: Duration.dividedBy, exact
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 20_000; i++) {
            Duration delay = Duration.ofSeconds(random.nextInt(90 * 86_400), random.nextInt(3) == 0
                    ? random.nextInt(1_000_000_000) : 0);
            for (DelayUnit unit : DelayUnit.values()) {
                long whole = delay.dividedBy(unit.length());
                boolean partial = !delay.minus(unit.length().multipliedBy(whole)).isZero();
                assertThat(DelayCount.units(delay, unit, DOWN)).as("%s in %s down", delay, unit).isEqualTo(whole);
                assertThat(DelayCount.units(delay, unit, UP)).as("%s in %s up", delay, unit)
                        .isEqualTo(partial ? whole + 1 : whole);
            }
        }
    }
}
