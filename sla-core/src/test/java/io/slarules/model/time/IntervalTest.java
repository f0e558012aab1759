package io.slarules.model.time;

import io.slarules.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IntervalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** The instant {@code hours} hours after T0. */
    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    /** {@code [from, to)} in hours after T0. */
    private static Interval hours(int from, int to) {
        return Interval.of(at(from), at(to));
    }

    @Test
    void endBeforeStartIsRefusedAtPathTo() {
        assertThatThrownBy(() -> Interval.of(at(5), at(4)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.agreementId()).isEmpty();
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.source()).isEqualTo("interval");
                        assertThat(p.path()).isEqualTo("to");
                    });
                });
    }

    @Test
    void emptyIntervalIsAllowedAndHoldsNothing() {
        Interval empty = hours(3, 3);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.toDuration()).isZero();
        assertThat(empty.contains(at(3))).isFalse();
    }

    @Test
    void toDurationIsTheElapsedTime() {
        assertThat(hours(2, 29).toDuration()).isEqualTo(Duration.ofHours(27));
        assertThat(hours(2, 29).isEmpty()).isFalse();
    }

    @Test
    void containsItsStartButNotItsEnd() {
        Interval interval = hours(1, 3);

        assertThat(interval.contains(at(1))).isTrue();
        assertThat(interval.contains(at(3).minusNanos(1))).isTrue();
        assertThat(interval.contains(at(3))).isFalse();
        assertThat(interval.contains(at(1).minusNanos(1))).isFalse();
    }

    static Stream<Arguments> overlapping() {
        return Stream.of(
                arguments(hours(0, 2), hours(2, 4), false),   // touching: the end is not inside
                arguments(hours(0, 2), hours(3, 4), false),   // apart
                arguments(hours(0, 3), hours(2, 4), true),    // one hour shared
                arguments(hours(0, 4), hours(1, 2), true),    // one encloses the other
                arguments(hours(0, 4), hours(0, 4), true),    // identical
                arguments(hours(0, 4), hours(2, 2), false),   // empty inside: no instant shared
                arguments(hours(2, 2), hours(2, 2), false));  // empty and equal
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @MethodSource("overlapping")
    void overlapsWhenTheyShareAnInstantInBothDirections(Interval a, Interval b, boolean expected) {
        assertThat(a.overlaps(b)).isEqualTo(expected);
        assertThat(b.overlaps(a)).isEqualTo(expected);
    }

    @Test
    void overlapsWhenSharingOnlyTheFirstNanosecond() {
        assertThat(Interval.of(at(0), at(2).plusNanos(1)).overlaps(hours(2, 4))).isTrue();
    }

    static Stream<Arguments> enclosing() {
        return Stream.of(
                arguments(hours(0, 4), hours(0, 4), true),    // itself
                arguments(hours(0, 4), hours(1, 3), true),    // inside
                arguments(hours(0, 4), hours(0, 2), true),    // sharing the start
                arguments(hours(0, 4), hours(2, 4), true),    // sharing the end
                arguments(hours(0, 4), hours(4, 4), true),    // empty at the end: holds no instant outside
                arguments(hours(0, 4), hours(3, 5), false),   // sticking out at the end
                arguments(hours(1, 4), hours(0, 2), false),   // sticking out at the start
                arguments(hours(1, 3), hours(0, 4), false),   // larger
                arguments(hours(0, 2), hours(2, 4), false));  // touching
    }

    @ParameterizedTest(name = "{0} encloses {1}: {2}")
    @MethodSource("enclosing")
    void enclosesWhenItHoldsEveryInstantOfTheOther(Interval outer, Interval inner, boolean expected) {
        assertThat(outer.encloses(inner)).isEqualTo(expected);
    }

    static Stream<Arguments> intersections() {
        return Stream.of(
                arguments(hours(0, 3), hours(2, 5), hours(2, 3)),
                arguments(hours(2, 5), hours(0, 3), hours(2, 3)),
                arguments(hours(0, 5), hours(1, 2), hours(1, 2)),
                arguments(hours(0, 5), hours(0, 5), hours(0, 5)));
    }

    @ParameterizedTest(name = "{0} and {1} share {2}")
    @MethodSource("intersections")
    void intersectionIsTheSharedPart(Interval a, Interval b, Interval shared) {
        assertThat(a.intersection(b)).contains(shared);
    }

    @Test
    void intersectionOfTouchingOrApartIntervalsIsEmpty() {
        assertThat(hours(0, 2).intersection(hours(2, 4))).isEmpty();
        assertThat(hours(0, 2).intersection(hours(3, 4))).isEmpty();
        assertThat(hours(0, 4).intersection(hours(2, 2))).isEmpty();
    }

    @Test
    void ordersByStartThenByEnd() {
        List<Interval> intervals = new ArrayList<>(List.of(hours(2, 3), hours(1, 5), hours(1, 2), hours(0, 9)));
        intervals.sort(null);

        assertThat(intervals).containsExactly(hours(0, 9), hours(1, 2), hours(1, 5), hours(2, 3));
    }

    @Test
    void printsAsHalfOpenInterval() {
        assertThat(hours(0, 1)).hasToString("[2026-03-01T00:00:00Z, 2026-03-01T01:00:00Z)");
    }
}
