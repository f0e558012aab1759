package io.slarules.calc;

import io.slarules.model.time.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IntervalsTest {

    private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

    /** The interval from {@code from} to {@code to}, both in hours after midnight of 2 March 2026. */
    private static Interval h(int from, int to) {
        return Interval.of(DAY.plusSeconds(3600L * from), DAY.plusSeconds(3600L * to));
    }

    private static List<Interval> list(Interval... intervals) {
        return Arrays.asList(intervals);
    }

    static Stream<Arguments> unions() {
        return Stream.of(
                arguments("nothing", list(), list()),
                // empty intervals hold no instant and vanish
                arguments("an empty interval", list(h(5, 5)), list()),
                arguments("disjoint, given out of order", list(h(7, 8), h(1, 2), h(4, 5)), list(h(1, 2), h(4, 5), h(7, 8))),
                // 10:00-10:30 and 10:30-10:40 are one outage: touching runs merge
                arguments("touching", list(h(3, 4), h(1, 3)), list(h(1, 4))),
                arguments("overlapping, the later one ending first", list(h(1, 6), h(2, 3)), list(h(1, 6))),
                arguments("overlapping, the later one ending last", list(h(2, 5), h(1, 3)), list(h(1, 5))),
                arguments("the same interval twice", list(h(1, 2), h(1, 2)), list(h(1, 2))),
                arguments("a chain, unsorted", list(h(6, 9), h(1, 3), h(2, 6), h(10, 11)), list(h(1, 9), h(10, 11))),
                arguments("an empty interval between runs", list(h(4, 6), h(3, 3), h(1, 2)), list(h(1, 2), h(4, 6))));
    }

    @ParameterizedTest(name = "union of {0}")
    @MethodSource("unions")
    void unionIsSortedDisjointNonTouchingRuns(String what, List<Interval> intervals, List<Interval> expected) {
        assertThat(Intervals.union(intervals)).containsExactlyElementsOf(expected);
    }

    @Test
    void unionOfAnUnsortedListDoesNotDependOnItsOrder() {
        // a union that skipped the sort would see 7-8 first and lose the 1-2 run before it
        List<Interval> input = new ArrayList<>(list(h(7, 8), h(1, 2)));
        assertThat(Intervals.union(input)).containsExactly(h(1, 2), h(7, 8));
        assertThat(input).containsExactly(h(7, 8), h(1, 2));
    }

    @Test
    void unionRefusesNoCollection() {
        assertThatThrownBy(() -> Intervals.union(null)).isInstanceOf(NullPointerException.class).hasMessage("intervals");
    }

    static Stream<Arguments> differences() {
        return Stream.of(
                arguments("nothing removed", list(h(1, 5)), list(), list(h(1, 5))),
                // 1-10 minus 3-4 and 6-7: 1-3, 4-6, 7-10
                arguments("two holes, given out of order", list(h(1, 10)), list(h(6, 7), h(3, 4)), list(h(1, 3), h(4, 6), h(7, 10))),
                arguments("a cut at the start", list(h(1, 10)), list(h(0, 2)), list(h(2, 10))),
                arguments("a cut at the end", list(h(1, 10)), list(h(8, 12)), list(h(1, 8))),
                arguments("a cut exactly the run", list(h(1, 10)), list(h(1, 10)), list()),
                arguments("a cut enclosing the run", list(h(2, 3)), list(h(1, 10)), list()),
                // half-open: a cut ending where the run starts, and one starting where it ends, take nothing
                arguments("cuts only touching the run", list(h(3, 6)), list(h(1, 3), h(6, 8)), list(h(3, 6))),
                arguments("a cut before, one inside", list(h(3, 9)), list(h(1, 2), h(4, 5)), list(h(3, 4), h(5, 9))),
                arguments("a cut spanning two runs", list(h(1, 3), h(5, 8)), list(h(2, 6)), list(h(1, 2), h(6, 8))),
                // the runs of what is cut from are merged first: 1-4 and 3-6 are one run 1-6
                arguments("overlapping runs cut once", list(h(3, 6), h(1, 4)), list(h(2, 3)), list(h(1, 2), h(3, 6))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differences")
    void minusKeepsTheInstantsNoCutHolds(String what, List<Interval> from, List<Interval> remove, List<Interval> expected) {
        assertThat(Intervals.minus(from, remove)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> clips() {
        return Stream.of(
                arguments("inside", list(h(3, 4)), list(h(3, 4))),
                arguments("reaching out on both sides", list(h(0, 20)), list(h(2, 10))),
                arguments("outside, before and after", list(h(0, 2), h(10, 12)), list()),
                arguments("partly in, kept in the given order", list(h(9, 11), h(1, 3)), list(h(9, 10), h(2, 3))));
    }

    @ParameterizedTest(name = "clip of {0} to 2-10")
    @MethodSource("clips")
    void clipKeepsThePartsInsideTheWindow(String what, List<Interval> intervals, List<Interval> expected) {
        assertThat(Intervals.clip(intervals, h(2, 10))).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> intersections() {
        return Stream.of(
                arguments("disjoint", list(h(1, 2)), list(h(3, 4)), list()),
                arguments("touching shares no instant", list(h(1, 3)), list(h(3, 4)), list()),
                // 1-5 and 4-8 in a, 2-3 and 6-10 in b: a is 1-8, so 2-3 and 6-8
                arguments("several runs, unsorted", list(h(4, 8), h(1, 5)), list(h(6, 10), h(2, 3)), list(h(2, 3), h(6, 8))),
                // pieces from two runs of b that touch merge: a 1-9, b 2-4 and 4-6 -> 2-6
                arguments("touching pieces merge", list(h(1, 9)), list(h(4, 6), h(2, 4)), list(h(2, 6))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intersections")
    void intersectIsTheInstantsBothShare(String what, List<Interval> a, List<Interval> b, List<Interval> expected) {
        assertThat(Intervals.intersect(a, b)).containsExactlyElementsOf(expected);
        assertThat(Intervals.intersect(b, a)).containsExactlyElementsOf(expected);
    }
}
