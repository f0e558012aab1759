package io.slarules.internal.calc;

import io.slarules.Responsible;
import io.slarules.calc.Downtime;
import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.time.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * When a threshold is crossed: a share of a case's target business time, a share of a window's
 * downtime allowance, the allowance used up, a number of business days before a date. Built on
 * {@link CaseClock} and {@link AvailabilityMeasure}, so a crossing found here is where the month's
 * evaluation would find it.
 */
public final class Crossings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Crossings() {
    }

    /**
     * {@return the instant a case's clock reaches {@code elapsed} of business time, its clock
     * stopped over {@code pauses}, running from its opening on}
     *
     * @param track    the case
     * @param elapsed  the business time
     * @param calendar the objective's calendar
     * @param pauses   the pauses attributed to other parties
     */
    public static Instant caseReaches(CaseTrack track, Duration elapsed, BusinessCalendar calendar,
                                      List<CaseClock.Pause> pauses) {
        List<Interval> paused = pauses.stream().map(CaseClock.Pause::interval).toList();
        BusinessCalendar clock = paused.isEmpty() ? calendar : calendar.excluding(paused);
        return clock.plus(track.opened(), elapsed);
    }

    /**
     * {@return the business time of a share of a target: {@code percent} % of it, to the nanosecond (down)}
     *
     * @param target  the target
     * @param percent the share, in percent
     */
    public static Duration share(Duration target, BigDecimal percent) {
        BigDecimal nanos = new BigDecimal(target.toNanos()).multiply(percent).divide(HUNDRED, 0, RoundingMode.DOWN);
        return Duration.ofNanos(nanos.longValueExact());
    }

    /**
     * {@return the pauses before {@code end}, cut there}
     *
     * @param pauses the pauses
     * @param end    the instant they are cut at
     */
    public static List<CaseClock.Pause> before(List<CaseClock.Pause> pauses, Instant end) {
        List<CaseClock.Pause> cut = new ArrayList<>();
        for (CaseClock.Pause p : pauses) {
            if (p.interval().startInclusive().isBefore(end)) {
                Instant to = p.interval().endExclusive().isAfter(end) ? end : p.interval().endExclusive();
                cut.add(new CaseClock.Pause(p.party(), Interval.of(p.interval().startInclusive(), to)));
            }
        }
        return cut;
    }

    /**
     * {@return the business time each party held a case's clock, from pauses, on the calendar, by party id}
     *
     * @param pauses   the pauses
     * @param calendar the calendar
     */
    public static Map<Responsible, Duration> pausedByParty(List<CaseClock.Pause> pauses, BusinessCalendar calendar) {
        Map<Responsible, List<Interval>> byParty = new TreeMap<>();
        for (CaseClock.Pause p : pauses) {
            byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p.interval());
        }
        Map<Responsible, Duration> paused = new TreeMap<>();
        byParty.forEach((party, intervals) -> {
            Duration d = Duration.ZERO;
            for (Interval run : Intervals.union(intervals)) {
                d = d.plus(calendar.between(run.startInclusive(), run.endExclusive()));
            }
            if (!d.isZero()) {
                paused.put(party, d);
            }
        });
        return paused;
    }

    /**
     * The first instant at which the downtime counted against the obligated party reaches
     * {@code percent} % of the window's allowance ({@code 100 - target} % of the denominator), the
     * downtime measured as the month's evaluation measures it (minimum outage, rounding, excused
     * and other parties' time explained first). Found to the millisecond.
     *
     * @param objective the availability objective
     * @param window    the window's instants
     * @param calendar  the objective's calendar
     * @param downtime  every attributed stretch of downtime of the window
     * @param percent   the share of the allowance
     * @return the instant, or empty when the downtime known does not reach it in the window
     */
    public static Optional<Instant> allowanceReaches(AvailabilityObjective objective, Interval window,
                                                     BusinessCalendar calendar, Collection<Downtime> downtime,
                                                     BigDecimal percent) {
        BigDecimal outside = HUNDRED.subtract(objective.target());
        return first(window, t -> {
            AvailabilityMeasure m = measure(objective, window, calendar, downtime, t);
            BigDecimal counted = BigDecimal.valueOf(m.counted().toMillis()).multiply(HUNDRED).multiply(HUNDRED);
            BigDecimal allowed = percent.multiply(outside).multiply(BigDecimal.valueOf(m.denominator().toMillis()));
            return allowed.signum() > 0 && counted.compareTo(allowed) >= 0;
        });
    }

    /**
     * The last instant at which the window still meets its target (its allowance used up to the
     * millisecond): just after it, the level measured as the month's evaluation measures it falls
     * below the target.
     *
     * @param objective the availability objective
     * @param window    the window's instants
     * @param calendar  the objective's calendar
     * @param downtime  every attributed stretch of downtime of the window
     * @return the instant, or empty when the downtime known never breaches the window
     */
    public static Optional<Instant> allowanceUsedUp(AvailabilityObjective objective, Interval window,
                                                    BusinessCalendar calendar, Collection<Downtime> downtime) {
        return first(window, t -> measure(objective, window, calendar, downtime, t).achieved()
                .compareTo(objective.target()) < 0).map(t -> t.minusMillis(1));
    }

    /**
     * {@return the downtime known before {@code at}, with every stretch going on at {@code at}
     * extended to {@code until}: what is projected if the outages go on}
     *
     * @param downtime the attributed downtime
     * @param at       the instant things are seen from
     * @param until    how far a stretch going on is extended
     */
    public static List<Downtime> goingOn(Collection<Downtime> downtime, Instant at, Instant until) {
        List<Downtime> projected = new ArrayList<>();
        for (Downtime d : downtime) {
            if (!d.interval().startInclusive().isBefore(at)) {
                continue;
            }
            Instant end = d.interval().endExclusive().isAfter(at) && until.isAfter(d.interval().endExclusive())
                    ? until : d.interval().endExclusive();
            projected.add(d.during(Interval.of(d.interval().startInclusive(), end)));
        }
        return projected;
    }

    /**
     * {@return the business day {@code days} business days before {@code day}; {@code day} for 0}
     *
     * @param day      the day counted back from
     * @param days     how many business days; not negative
     * @param holidays dates that are not business days besides Saturdays and Sundays
     */
    public static LocalDate businessDaysBefore(LocalDate day, int days, Collection<LocalDate> holidays) {
        LocalDate date = day;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (BusinessDays.isBusinessDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    private static AvailabilityMeasure measure(AvailabilityObjective objective, Interval window,
                                               BusinessCalendar calendar, Collection<Downtime> downtime, Instant t) {
        List<Downtime> known = new ArrayList<>();
        for (Downtime d : downtime) {
            if (d.interval().startInclusive().isBefore(t)) {
                Instant end = d.interval().endExclusive().isAfter(t) ? t : d.interval().endExclusive();
                known.add(d.during(Interval.of(d.interval().startInclusive(), end)));
            }
        }
        return AvailabilityMeasure.of(objective, Responsible.party(objective.obligated()), window, calendar, known);
    }

    /** The first millisecond of the window (after its start) at which a monotone condition holds. */
    private static Optional<Instant> first(Interval window, Predicate<Instant> holds) {
        long lo = window.startInclusive().toEpochMilli();
        long hi = window.endExclusive().toEpochMilli();
        if (!holds.test(Instant.ofEpochMilli(hi))) {
            return Optional.empty();
        }
        // holds(hi); find the least t in (lo, hi] that holds
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (holds.test(Instant.ofEpochMilli(mid))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Optional.of(Instant.ofEpochMilli(hi));
    }
}
