package io.slarules.calc;

import io.slarules.model.time.Interval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Unions and differences of sets of half-open intervals, kept as sorted, disjoint, non-touching lists. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * The union: sorted, disjoint runs; intervals that overlap or touch merge into one run (a
     * downtime from 10:00 to 10:30 and one from 10:30 to 10:40 are one outage of 40 minutes).
     *
     * @param intervals half-open intervals, in any order, possibly overlapping
     * @return the union as sorted, disjoint, non-touching runs
     */
    public static List<Interval> union(Collection<Interval> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        List<Interval> sorted = new ArrayList<>();
        for (Interval i : intervals) {
            if (!i.isEmpty()) {
                sorted.add(i);
            }
        }
        sorted.sort(null);
        List<Interval> runs = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        for (Interval i : sorted) {
            if (start != null && !i.startInclusive().isAfter(end)) {
                if (i.endExclusive().isAfter(end)) {
                    end = i.endExclusive();
                }
            } else {
                if (start != null) {
                    runs.add(Interval.of(start, end));
                }
                start = i.startInclusive();
                end = i.endExclusive();
            }
        }
        if (start != null) {
            runs.add(Interval.of(start, end));
        }
        return List.copyOf(runs);
    }

    /**
     * {@return the instants of {@code from} that no interval of {@code remove} holds, as sorted runs}
     *
     * @param from the instants to keep, as half-open intervals in any order
     * @param remove the instants to take out, as half-open intervals in any order
     */
    public static List<Interval> minus(Collection<Interval> from, Collection<Interval> remove) {
        List<Interval> result = new ArrayList<>();
        List<Interval> cut = union(remove);
        for (Interval run : union(from)) {
            Instant cursor = run.startInclusive();
            for (Interval c : cut) {
                if (!c.endExclusive().isAfter(cursor) || !c.startInclusive().isBefore(run.endExclusive())) {
                    continue;
                }
                if (c.startInclusive().isAfter(cursor)) {
                    result.add(Interval.of(cursor, c.startInclusive()));
                }
                if (c.endExclusive().isAfter(cursor)) {
                    cursor = c.endExclusive();
                }
            }
            if (cursor.isBefore(run.endExclusive())) {
                result.add(Interval.of(cursor, run.endExclusive()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * {@return the parts of the intervals inside {@code within}}
     *
     * @param intervals half-open intervals, in any order
     * @param within the half-open interval to clip them to
     */
    public static List<Interval> clip(Collection<Interval> intervals, Interval within) {
        List<Interval> result = new ArrayList<>();
        for (Interval i : intervals) {
            i.intersection(within).ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    /**
     * {@return the instants both sets share, as sorted runs}
     *
     * @param a one set of instants, as half-open intervals in any order
     * @param b the other set of instants, as half-open intervals in any order
     */
    public static List<Interval> intersect(Collection<Interval> a, Collection<Interval> b) {
        List<Interval> result = new ArrayList<>();
        List<Interval> ub = union(b);
        for (Interval x : union(a)) {
            for (Interval y : ub) {
                x.intersection(y).ifPresent(result::add);
            }
        }
        return union(result);
    }
}
