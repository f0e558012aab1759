package io.slarules.internal.calc;

import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.LevelRounding;
import io.slarules.model.time.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Availability of one window from attributed downtime in which no instant is attributed to two
 * responsibles (the rules' resolution of overlaps; downtime that still overlaps is resolved by the default
 * precedence, {@link Downtime#explainedInOrder}). The obligated party's own stretches merge into outages
 * (the union), and the minimum length and the rounding to whole minutes apply to each such merged outage.
 *
 * @param measured    the window's time on the objective's calendar
 * @param denominator what the percentage is of
 * @param counted     the downtime counted against the obligated party, after minimum and rounding
 * @param lostTime    downtime by party (the obligated party's share is {@code counted}), excused included
 * @param achieved    the uptime percentage, rounded once by the objective's level rounding (by default truncated, never rounded up, to 10 decimals)
 */
public record AvailabilityMeasure(Duration measured, Duration denominator, Duration counted, List<Share> lostTime,
                                  BigDecimal achieved) {

    /** Scale of achieved percentages: fine enough that a truncated value never lands on a stated bound it is not on. */
    public static final int SCALE = 10;

    /**
     * Validates the fields.
     *
     * @param measured the window's time on the objective's calendar
     * @param denominator what the percentage is of
     * @param counted the downtime counted against the obligated party, after minimum and rounding
     * @param lostTime downtime by party (the obligated party's share is {@code counted}), excused included
     * @param achieved the uptime percentage, rounded once by the objective's level rounding
     */
    public AvailabilityMeasure {
        Objects.requireNonNull(measured, "measured");
        lostTime = List.copyOf(lostTime);
    }

    /**
     * Measures the window.
     *
     * @param objective the objective and its terms
     * @param obligated the responsible the counted downtime is reported against
     * @param window    the window's instants
     * @param calendar  the calendar whose time is measured
     * @param downtime  every attributed stretch of downtime; may reach outside the window
     * @return the level achieved and the downtime counted against it, by party
     */
    public static AvailabilityMeasure of(AvailabilityObjective objective, Responsible obligated, Interval window,
                                         BusinessCalendar calendar, Collection<Downtime> downtime) {
        // the rules resolve overlaps (the engine passes what they decided, in which nothing overlaps); a caller
        // that has not gets the default precedence
        List<Interval> excused = new ArrayList<>();
        Map<Responsible, List<Interval>> others = new TreeMap<>();
        List<Interval> own = new ArrayList<>();
        for (Downtime d : Downtime.explainedInOrder(downtime)) {
            if (d.responsible().isExcused()) {
                excused.add(d.interval());
            } else if (d.counts()) {
                own.add(d.interval());
            } else {
                others.computeIfAbsent(d.responsible(), r -> new ArrayList<>()).add(d.interval());
            }
        }
        List<Interval> explained = new ArrayList<>(Intervals.clip(excused, window));
        Map<Responsible, Duration> lost = new TreeMap<>();
        lost.put(Responsible.EXCUSED, time(calendar, explained));
        for (Map.Entry<Responsible, List<Interval>> e : others.entrySet()) {
            List<Interval> theirs = Intervals.clip(e.getValue(), window);
            lost.merge(e.getKey(), time(calendar, theirs), Duration::plus);
            explained.addAll(theirs);
        }
        Duration counted = Duration.ZERO;
        for (Interval run : Intervals.union(Intervals.clip(own, window))) {
            Duration length = calendar.between(run.startInclusive(), run.endExclusive());
            if (length.compareTo(objective.minimumOutage()) < 0 || length.isZero()) {
                continue;
            }
            counted = counted.plus(objective.outageRounding().map(mode -> toMinutes(length, mode)).orElse(length));
        }
        lost.merge(obligated, counted, Duration::plus);
        Duration measured = calendar.between(window.startInclusive(), window.endExclusive());
        Duration excluded = time(calendar, Intervals.union(explained));
        Duration denominator = objective.denominator() == Denominator.WHOLE_WINDOW ? measured : measured.minus(excluded);
        List<Share> shares = new ArrayList<>();
        lost.forEach((r, d) -> {
            if (!d.isZero()) {
                shares.add(new Share(r, d));
            }
        });
        return new AvailabilityMeasure(measured, denominator, counted, shares, percentUp(objective.levelRounding(), denominator, counted));
    }

    /** Rounded once, from the exact fraction, as the contract says (truncated at 10 decimals by default). */
    private static BigDecimal percentUp(LevelRounding rounding, Duration denominator, Duration down) {
        BigDecimal den = BigDecimal.valueOf(Math.max(0, denominator.toMillis()));
        BigDecimal up = den.subtract(BigDecimal.valueOf(down.toMillis())).max(BigDecimal.ZERO);
        return rounding.percent(up, den);
    }

    private static Duration time(BusinessCalendar calendar, List<Interval> runs) {
        Duration total = Duration.ZERO;
        for (Interval run : Intervals.union(runs)) {
            total = total.plus(calendar.between(run.startInclusive(), run.endExclusive()));
        }
        return total;
    }

    private static Duration toMinutes(Duration length, RoundingMode mode) {
        BigDecimal minutes = BigDecimal.valueOf(length.toMillis()).divide(BigDecimal.valueOf(60_000), 0, mode);
        return Duration.ofMinutes(minutes.longValueExact());
    }
}
