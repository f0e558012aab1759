package io.slarules.rules.properties;

import io.slarules.Responsible;
import io.slarules.model.Agreement;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default attribution policy written down again, independently of the engine, straight from
 * its statement:
 *
 * <ul>
 *   <li>time is measured on the agreement's wall clock ({@link #position}), which stands still
 *       while clocks that went back repeat an hour;</li>
 *   <li>lateness is wall-clock time in the agreement's zone from the due instant (a date means the
 *       end of that day; "n days after X" the end of the n-th calendar or business day after the
 *       day X was fulfilled, a fulfilment at midnight belonging to the day it ends) to the
 *       fulfilment, or the period's end while open; an unresolvable relative due date is not late;</li>
 *   <li>a late dependency other than the due date's anchor shifts first, by its lateness (several:
 *       the largest, ties the smallest id), carrying its segments;</li>
 *   <li>then intervals blocked by another party than the owner's side (the owner and the
 *       subcontractors it engaged), and force majeure (excused), inside the work time (latest
 *       fulfilment of its dependencies and anchor, or the agreement's start, to the fulfilment or the
 *       period's end), in time order; overlaps count once, for the claim that started first within
 *       the work time (ties: ends first, then event id);</li>
 *   <li>where the owner's side blocked the work too, the agreement's concurrent-delay policy says
 *       who bears the overlap ({@link #intervalPieces}); the owner's side's blocks shift nothing;</li>
 *   <li>shifts are used until the lateness is covered; the rest is the owner's own.</li>
 * </ul>
 */
final class ReferencePolicy {

    /** One piece of a delay: who it counts against and for how long. */
    record Piece(Responsible responsible, Duration length) {
    }

    /** What the policy says about one obligation. */
    record Outcome(String id, String owner, Optional<Instant> due, Optional<Instant> fulfilled, Instant measuredTo,
                   Instant workStart, Duration lateness, List<Piece> pieces, boolean settledInPeriod) {

        /** Shares per responsible party, zero-length pieces left out. */
        Map<Responsible, Duration> shares() {
            Map<Responsible, Duration> shares = new LinkedHashMap<>();
            for (Piece p : pieces) {
                if (!p.length().isZero()) {
                    shares.merge(p.responsible(), p.length(), Duration::plus);
                }
            }
            return shares;
        }

        Duration shareOf(Responsible r) {
            return shares().getOrDefault(r, Duration.ZERO);
        }

        /** Whether the evaluation reports its attribution: late, and settled in the period or still open. */
        boolean reported() {
            return lateness.compareTo(Duration.ZERO) > 0 && (settledInPeriod || fulfilled.isEmpty());
        }
    }

    private record Span(Instant start, Instant end) {
        boolean isEmpty() {
            return !end.isAfter(start);
        }
    }

    private record Claim(Span span, Responsible responsible, String event) {
    }

    private ReferencePolicy() {
    }

    /**
     * The wall-clock time from {@code from} to {@code to} in {@code zone}, never negative: the
     * difference of their positions on the wall clock.
     */
    static Duration wallClock(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(position(from, zone), position(to, zone));
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Where an instant stands on the wall clock of a zone: its local date-time, except while clocks
     * that went back repeat an hour; then the wall clock has already shown that hour, and stands
     * at the local time the clocks were put back from until the local time catches up with it.
     * So it never runs backwards: lengths on it add up, and a longer interval is never shorter.
     */
    static LocalDateTime position(Instant instant, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        ZoneOffsetTransition back = zone.getRules().previousTransition(instant.plusNanos(1));
        if (back != null && back.isOverlap() && local.isBefore(back.getDateTimeBefore())) {
            return back.getDateTimeBefore();
        }
        return local;
    }

    /** The end of a date in a zone. */
    static Instant endOf(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The date {@code days} business days after {@code from} (Monday-Friday, not a holiday). */
    static LocalDate plusBusinessDays(LocalDate from, int days, Set<LocalDate> holidays) {
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.contains(d)) {
                left--;
            }
        }
        return d;
    }

    /** The fulfilments known at the period's end. */
    static Map<String, Instant> fulfilledBy(Timeline timeline, Instant asOf) {
        Map<String, Instant> at = new HashMap<>();
        for (Fulfilment f : timeline.fulfilments()) {
            if (!f.at().isAfter(asOf)) {
                at.put(f.obligation(), f.at());
            }
        }
        return at;
    }

    /** The due instant, when it can be known from the fulfilments. */
    static Optional<Instant> due(Agreement agreement, Obligation o, Map<String, Instant> fulfilled) {
        ZoneId zone = agreement.zone();
        if (o.due() instanceof Due.OnDate d) {
            return Optional.of(endOf(d.date(), zone));
        }
        if (o.due() instanceof Due.AtInstant a) {
            return Optional.of(a.instant());
        }
        Due.AfterFulfilment after = (Due.AfterFulfilment) o.due();
        Instant anchor = fulfilled.get(after.obligation());
        if (anchor == null) {
            return Optional.empty();
        }
        // midnight is the end of the day before: read the instant just before it
        LocalDate day = LocalDateTime.ofInstant(anchor.minusNanos(1), zone).toLocalDate();
        LocalDate dueDay = after.count() == DayCount.CALENDAR ? day.plusDays(after.days())
                : plusBusinessDays(day, after.days(), Set.copyOf(agreement.holidays()));
        return Optional.of(endOf(dueDay, zone));
    }

    /** Units of a delay: whole units, plus one for a started unit when rounding up. */
    static long units(Duration delay, DelayUnit unit, DelayRounding rounding) {
        long unitSeconds = unit == DelayUnit.DAYS ? 86_400 : 3_600;
        long whole = delay.getSeconds() / unitSeconds;
        boolean partial = delay.getSeconds() % unitSeconds != 0 || delay.getNano() != 0;
        return switch (rounding) {
            case DOWN -> whole;
            case UP, PRO_RATA -> partial ? whole + 1 : whole;   // pro rata's whole count is the started one
            case ONCE -> delay.isZero() ? 0 : 1;
        };
    }

    /**
     * The price of a delay: units x rate, or for pro rata the exact fraction of the unit x rate, here to 40
     * significant digits (the engine keeps it so that one rounding to cents agrees).
     */
    static BigDecimal priced(Duration delay, LiquidatedDamages clause, BigDecimal rate) {
        if (clause.rounding() == DelayRounding.PRO_RATA) {
            BigDecimal nanos = new BigDecimal(delay.toNanos());
            BigDecimal unit = new BigDecimal(clause.unit().length().toNanos() * clause.unitMultiple());
            return rate.multiply(nanos).divide(unit, new java.math.MathContext(40, java.math.RoundingMode.HALF_EVEN));
        }
        return rate.multiply(BigDecimal.valueOf(units(delay, clause.unit(), clause.rounding())));
    }

    /** The outcome of every obligation, by id, in the agreement's order. */
    static Map<String, Outcome> evaluate(Agreement agreement, DateRange period, Timeline timeline) {
        ZoneId zone = agreement.zone();
        Instant periodStart = period.startInclusive().atStartOfDay(zone).toInstant();
        Instant asOf = period.endExclusive().atStartOfDay(zone).toInstant();
        Instant agreementStart = agreement.effective().startInclusive().atStartOfDay(zone).toInstant();
        Map<String, Instant> fulfilled = fulfilledBy(timeline, asOf);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Obligation o : agreement.obligations()) {
            outcome(agreement, o, fulfilled, timeline, agreementStart, periodStart, asOf, outcomes);
        }
        Map<String, Outcome> ordered = new LinkedHashMap<>();
        agreement.obligations().forEach(o -> ordered.put(o.id(), outcomes.get(o.id())));
        return ordered;
    }

    private static Outcome outcome(Agreement agreement, Obligation o, Map<String, Instant> fulfilled, Timeline timeline,
                                   Instant agreementStart, Instant periodStart, Instant asOf,
                                   Map<String, Outcome> done) {
        Outcome known = done.get(o.id());
        if (known != null) {
            return known;
        }
        ZoneId zone = agreement.zone();
        Optional<String> anchor = o.due() instanceof Due.AfterFulfilment a ? Optional.of(a.obligation()) : Optional.empty();
        LinkedHashSet<String> edges = new LinkedHashSet<>(o.dependsOn());
        anchor.ifPresent(edges::add);
        Map<String, Outcome> deps = new LinkedHashMap<>();
        for (String e : edges) {
            deps.put(e, outcome(agreement, agreement.obligation(e).orElseThrow(), fulfilled, timeline,
                    agreementStart, periodStart, asOf, done));
        }

        Optional<Instant> fulfilledAt = Optional.ofNullable(fulfilled.get(o.id()));
        Instant measuredTo = fulfilledAt.orElse(asOf);
        Optional<Instant> due = due(agreement, o, fulfilled);
        Duration lateness = due.map(d -> wallClock(d, measuredTo, zone)).orElse(Duration.ZERO);

        Instant workStart = agreementStart;
        for (String e : edges) {
            Instant f = fulfilled.get(e);
            if (f != null && f.isAfter(workStart)) {
                workStart = f;
            }
        }
        Span work = new Span(workStart, measuredTo);

        List<Piece> candidates = new ArrayList<>();
        Outcome critical = null;
        for (String d : o.dependsOn()) {
            if (anchor.isPresent() && anchor.get().equals(d)) {
                continue;
            }
            Outcome dep = deps.get(d);
            if (dep.lateness().isZero()) {
                continue;
            }
            int byLength = critical == null ? 1 : dep.lateness().compareTo(critical.lateness());
            if (byLength > 0 || (byLength == 0 && dep.id().compareTo(critical.id()) < 0)) {
                critical = dep;
            }
        }
        if (critical != null) {
            candidates.addAll(critical.pieces());
        }

        // the owner's side: the owner and the subcontractors it engaged
        Set<String> ownSide = new LinkedHashSet<>();
        ownSide.add(o.owner());
        agreement.parties().stream().filter(p -> p.engagedBy().filter(o.owner()::equals).isPresent())
                .forEach(p -> ownSide.add(p.id()));
        List<Claim> others = new ArrayList<>();
        List<Claim> own = new ArrayList<>();
        for (BlockedInterval b : timeline.blocked()) {
            if (b.obligations().contains(o.id())) {
                List<Claim> side = ownSide.contains(b.responsible()) ? own : others;
                clip(b.interval().startInclusive(), b.interval().endExclusive(), work)
                        .ifPresent(s -> side.add(new Claim(s, Responsible.party(b.responsible()), b.id())));
            }
        }
        for (ForceMajeure f : timeline.forceMajeure()) {
            clip(f.interval().startInclusive(), f.interval().endExclusive(), work)
                    .ifPresent(s -> others.add(new Claim(s, Responsible.EXCUSED, f.id())));
        }
        candidates.addAll(intervalPieces(others, own, agreement.concurrentDelay(), zone));

        List<Piece> counted = new ArrayList<>();
        Duration left = lateness;
        for (Piece c : candidates) {
            if (left.isZero()) {
                break;
            }
            Duration used = c.length().compareTo(left) < 0 ? c.length() : left;
            if (!used.isZero()) {
                counted.add(new Piece(c.responsible(), used));
            }
            left = left.minus(used);
        }
        if (!left.isZero()) {
            counted.add(new Piece(Responsible.party(o.owner()), left));
        }
        boolean settledInPeriod = fulfilledAt.isPresent() && fulfilledAt.get().isAfter(periodStart);
        Outcome outcome = new Outcome(o.id(), o.owner(), due, fulfilledAt, measuredTo, workStart, lateness,
                List.copyOf(counted), settledInPeriod);
        done.put(o.id(), outcome);
        return outcome;
    }

    /**
     * The pieces the claimed intervals give, in time order: the work time cut at every bound of
     * every claim; each span goes to the first (by start, end, event id) of the other parties'
     * claims covering it, if any. Force majeure is excused. Where the owner's side also delayed
     * the span, the policy says: EXCUSE_OVERLAP excuses it; APPORTION gives the other party
     * {@code 100 - ownerSharePercent} % of it, to the nanosecond, half-even, once per run of spans
     * with the same two claims; FIRST_IN_TIME gives it to the other party when its claim comes
     * first in that order, else to nobody (the owner's own delay, the rest). Spans only the owner's
     * side delayed give nothing.
     */
    private static List<Piece> intervalPieces(List<Claim> others, List<Claim> own, ConcurrentDelay policy, ZoneId zone) {
        Comparator<Claim> order = Comparator.comparing((Claim c) -> c.span().start()).thenComparing(c -> c.span().end())
                .thenComparing(Claim::event);
        TreeSet<Instant> bounds = new TreeSet<>();
        for (Claim c : others) {
            bounds.add(c.span().start());
            bounds.add(c.span().end());
        }
        for (Claim c : own) {
            bounds.add(c.span().start());
            bounds.add(c.span().end());
        }
        List<Piece> pieces = new ArrayList<>();
        Claim runOther = null;
        Claim runOwn = null;
        Duration runLength = Duration.ZERO;
        Instant previous = null;
        for (Instant bound : bounds) {
            if (previous != null) {
                Span span = new Span(previous, bound);
                Optional<Claim> other = others.stream().filter(c -> covers(c.span(), span)).min(order);
                Optional<Claim> mine = own.stream().filter(c -> covers(c.span(), span)).min(order);
                if (other.orElse(null) != runOther || mine.orElse(null) != runOwn) {
                    flush(runOther, runOwn, runLength, policy, order, pieces);
                    runOther = other.orElse(null);
                    runOwn = mine.orElse(null);
                    runLength = Duration.ZERO;
                }
                runLength = runLength.plus(wallClock(span.start(), span.end(), zone));
            }
            previous = bound;
        }
        flush(runOther, runOwn, runLength, policy, order, pieces);
        return pieces;
    }

    private static void flush(Claim other, Claim own, Duration length, ConcurrentDelay policy, Comparator<Claim> order,
                              List<Piece> pieces) {
        if (other == null || length.isZero()) {
            return;
        }
        if (own == null || other.responsible().isExcused()) {
            pieces.add(new Piece(other.responsible(), length));
            return;
        }
        switch (policy.policy()) {
            case ConcurrentDelay.EXCUSE_OVERLAP -> pieces.add(new Piece(Responsible.EXCUSED, length));
            case ConcurrentDelay.APPORTION -> {
                BigDecimal theirs = BigDecimal.valueOf(100).subtract(policy.ownerSharePercent().orElseThrow());
                long nanos = new BigDecimal(length.toNanos()).multiply(theirs)
                        .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_EVEN).longValueExact();
                pieces.add(new Piece(other.responsible(), Duration.ofNanos(nanos)));
            }
            case ConcurrentDelay.FIRST_IN_TIME -> {
                if (order.compare(other, own) < 0) {
                    pieces.add(new Piece(other.responsible(), length));
                }
            }
            default -> throw new IllegalArgumentException("no reference for policy " + policy.policy());
        }
    }

    private static boolean covers(Span outer, Span inner) {
        return !outer.start().isAfter(inner.start()) && !outer.end().isBefore(inner.end());
    }

    private static Optional<Span> clip(Instant start, Instant end, Span work) {
        Instant s = start.isAfter(work.start()) ? start : work.start();
        Instant e = end.isBefore(work.end()) ? end : work.end();
        return e.isAfter(s) ? Optional.of(new Span(s, e)) : Optional.empty();
    }
}
