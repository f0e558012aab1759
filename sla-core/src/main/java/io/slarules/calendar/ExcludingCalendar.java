package io.slarules.calendar;

import io.slarules.model.time.Interval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A calendar with some intervals taken out of its working time: clock pauses, exclusions.
 *
 * @param base   the calendar whose working time is cut; never itself an excluding one
 * @param pauses the union of the intervals taken out: sorted, none empty, and apart from each
 *               other (two that touched are one)
 */
record ExcludingCalendar(CalendarBase base, List<Interval> pauses) implements CalendarBase {

    ExcludingCalendar {
        assert !(base instanceof ExcludingCalendar) : "SLA Rules: exclusions are merged, not nested";
    }

    static ExcludingCalendar of(CalendarBase calendar, Collection<Interval> pauses) {
        Objects.requireNonNull(pauses, "pauses");
        List<Interval> all = new ArrayList<>(pauses.size());
        for (Interval pause : pauses) {
            all.add(Objects.requireNonNull(pause, "pauses: an interval is null"));
        }
        if (calendar instanceof ExcludingCalendar excluding) {
            all.addAll(excluding.pauses);
            return new ExcludingCalendar(excluding.base, union(all));
        }
        return new ExcludingCalendar(calendar, union(all));
    }

    private static List<Interval> union(List<Interval> intervals) {
        // a loop, not a stream: every case with a pause builds one of these
        List<Interval> sorted = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            if (!interval.isEmpty()) {
                sorted.add(interval);
            }
        }
        sorted.sort(null);
        List<Interval> union = new ArrayList<>(sorted.size());
        for (Interval interval : sorted) {
            int last = union.size() - 1;
            if (last >= 0 && !interval.startInclusive().isAfter(union.get(last).endExclusive())) {
                Interval previous = union.get(last);
                if (interval.endExclusive().isAfter(previous.endExclusive())) {
                    union.set(last, Interval.of(previous.startInclusive(), interval.endExclusive()));
                }
            } else {
                union.add(interval);
            }
        }
        return List.copyOf(union);
    }

    @Override
    public ZoneId zone() {
        return base.zone();
    }

    @Override
    public Walk walk(Instant from) {
        return new ExcludingWalk(base.walk(from), firstEndingAfter(from));
    }

    @Override
    public List<Interval> workingTimeOn(LocalDate date) {
        List<Interval> pieces = new ArrayList<>();
        for (Interval span : base.workingTimeOn(date)) {
            Instant start = span.startInclusive();
            for (int i = firstEndingAfter(start); i < pauses.size() && start.isBefore(span.endExclusive()); i++) {
                Interval pause = pauses.get(i);
                if (!pause.startInclusive().isBefore(span.endExclusive())) {
                    break;
                }
                if (pause.startInclusive().isAfter(start)) {
                    pieces.add(Interval.of(start, pause.startInclusive()));
                }
                start = pause.endExclusive();
            }
            if (start.isBefore(span.endExclusive())) {
                pieces.add(Interval.of(start, span.endExclusive()));
            }
        }
        return pieces;
    }

    /** The index of the first pause that ends after the instant; the number of pauses when none does. */
    private int firstEndingAfter(Instant instant) {
        int low = 0;
        int high = pauses.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pauses.get(middle).endExclusive().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return base + ", excluding " + pauses.size() + (pauses.size() == 1 ? " interval" : " intervals");
    }

    /** Cuts the pauses out of the base calendar's spans, the pauses taken in order alongside. */
    private final class ExcludingWalk implements Walk {

        private final Walk baseWalk;
        private int nextPause;
        /** The part of a base span after a pause, not yet given. */
        private Interval rest;

        ExcludingWalk(Walk baseWalk, int firstPause) {
            this.baseWalk = baseWalk;
            this.nextPause = firstPause;
        }

        @Override
        public Interval next(Instant limit) {
            while (true) {
                Interval span = rest != null ? rest : baseWalk.next(limit);
                rest = null;
                if (span == null || !span.startInclusive().isBefore(limit)) {
                    return null;
                }
                while (nextPause < pauses.size() && !pauses.get(nextPause).endExclusive().isAfter(span.startInclusive())) {
                    nextPause++;
                }
                if (nextPause == pauses.size() || !pauses.get(nextPause).startInclusive().isBefore(span.endExclusive())) {
                    return span;
                }
                Interval pause = pauses.get(nextPause);
                if (pause.endExclusive().isBefore(span.endExclusive())) {
                    rest = Interval.of(pause.endExclusive(), span.endExclusive());
                }
                if (pause.startInclusive().isAfter(span.startInclusive())) {
                    return Interval.of(span.startInclusive(), pause.startInclusive());
                }
            }
        }
    }
}
