package io.slarules.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TimeRangeTest {

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    static Stream<Arguments> written() {
        return Stream.of(
                arguments("09:00-17:00", time("09:00"), time("17:00")),
                arguments(" 09:00 - 12:30 ", time("09:00"), time("12:30")),
                arguments("09:00:30-17:00", time("09:00:30"), time("17:00")),
                // the end of the day, written either way, is 00:00 in the record
                arguments("22:00-24:00", time("22:00"), LocalTime.MIDNIGHT),
                arguments("22:00-00:00", time("22:00"), LocalTime.MIDNIGHT),
                arguments("00:00-24:00", LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}-{2}")
    @MethodSource("written")
    void parseReadsTwoTimesJoinedByAHyphen(String text, LocalTime start, LocalTime end) {
        assertThat(TimeRange.parse(text)).isEqualTo(TimeRange.of(start, end));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "09:00", "9-17", "09:00-17:00-18:00", "17:00-09:00", "09:00-09:00", "24:00-24:00",
            "09:00-25:00"})
    void parseRefusesWhatIsNoRange(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.parse(text))
                .withMessageContaining(text);
    }

    @Test
    void toStringWritesWhatParseReads() {
        assertThat(TimeRange.parse("09:00-17:00")).hasToString("09:00-17:00");
        assertThat(TimeRange.allDay()).hasToString("00:00-24:00");
        assertThat(TimeRange.parse(TimeRange.allDay().toString())).isEqualTo(TimeRange.allDay());
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.of(time("17:00"), time("09:00")))
                .withMessageStartingWith("end:").withMessageContaining("17:00-09:00");
        assertThatIllegalArgumentException().isThrownBy(() -> TimeRange.of(time("09:00"), time("09:00")));
        assertThatNullPointerException().isThrownBy(() -> TimeRange.of(null, time("09:00"))).withMessage("start");
        assertThatNullPointerException().isThrownBy(() -> TimeRange.of(time("09:00"), null)).withMessage("end");
        assertThatNullPointerException().isThrownBy(() -> TimeRange.parse(null)).withMessage("text");
    }

    @Test
    void durationCountsTheEndOfTheDayAsTwentyFourHundred() {
        assertThat(TimeRange.parse("09:00-17:00").duration()).isEqualTo(Duration.ofHours(8));
        // 22:00 -> 24:00
        assertThat(TimeRange.parse("22:00-24:00").duration()).isEqualTo(Duration.ofHours(2));
        assertThat(TimeRange.allDay().duration()).isEqualTo(Duration.ofHours(24));
        assertThat(TimeRange.allDay().endsAtEndOfDay()).isTrue();
        assertThat(TimeRange.parse("09:00-17:00").endsAtEndOfDay()).isFalse();
    }

    @Test
    void rangesThatOnlyTouchDoNotOverlap() {
        TimeRange morning = TimeRange.parse("09:00-12:00");
        assertThat(morning.overlaps(TimeRange.parse("12:00-17:00"))).isFalse();
        assertThat(morning.overlaps(TimeRange.parse("11:59-17:00"))).isTrue();
        assertThat(TimeRange.parse("22:00-24:00").overlaps(TimeRange.parse("23:00-23:30"))).isTrue();
        assertThat(TimeRange.allDay().overlaps(morning)).isTrue();
    }
}
