package io.slarules.report.friction;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bar chart's scale: minutes of downtime and weeks of late delivery both readable. */
class LogScaleTest {

    @Test
    void fortyFiveMinutesNextToSevenDaysIsAReadableBar() {
        // issue 12: on one linear scale 7 days were 358 px and 45 minutes 1.6 px. Log scale from the
        // round duration below 45 min (15 min) to 7 days: 45 min is 360 x ln(3) / ln(672) = 60.8 px
        LogScale scale = LogScale.of(List.of(Duration.ofDays(7), Duration.ofMinutes(45)), 360);

        assertThat(scale.width(Duration.ofDays(7))).isEqualTo(360.0);
        assertThat(scale.width(Duration.ofMinutes(45))).isCloseTo(60.8, within(0.1)).isGreaterThan(40);
        assertThat(scale.ticks()).extracting(LogScale.Tick::label).containsExactly("15m", "1h", "4h", "1d", "7d");
        assertThat(scale.ticks().get(0).at()).isZero();
        assertThat(scale.ticks().get(4).at()).isCloseTo(360.0, within(1e-9));
    }

    @Test
    void longerIsWiderAndZeroHasNoBar() {
        LogScale scale = LogScale.of(List.of(Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofDays(21),
                Duration.ZERO), 360);

        assertThat(scale.width(Duration.ZERO)).isZero();
        assertThat(scale.width(Duration.ofMinutes(1))).isLessThan(scale.width(Duration.ofMinutes(2)));
        assertThat(scale.width(Duration.ofHours(2))).isLessThan(scale.width(Duration.ofDays(1)));
        assertThat(scale.width(Duration.ofDays(21))).isEqualTo(360.0);
        // the floor is 10 s, the round duration below 1 min: 360 x ln(6) / ln(181,440) = 53.3 px
        assertThat(scale.width(Duration.ofMinutes(1))).isCloseTo(53.3, within(0.1));
    }

    @Test
    void ticksNeverCrowdEachOther() {
        LogScale scale = LogScale.of(List.of(Duration.ofSeconds(2), Duration.ofDays(3650)), 360);

        List<LogScale.Tick> ticks = scale.ticks();
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).at() - ticks.get(i - 1).at()).isGreaterThanOrEqualTo(LogScale.MIN_TICK_GAP);
        }
        assertThat(ticks).extracting(LogScale.Tick::label).contains("1s", "1d", "3650d");
    }

    @Test
    void oneLengthAloneFillsTheAreaAndNothingAtAllDrawsNothing() {
        assertThat(LogScale.of(List.of(Duration.ofMinutes(45)), 360).width(Duration.ofMinutes(45))).isEqualTo(360.0);
        LogScale empty = LogScale.of(List.of(Duration.ZERO), 360);
        assertThat(empty.width(Duration.ZERO)).isZero();
        assertThat(empty.ticks()).isEmpty();
    }
}
