package io.slarules.rules.properties;

import io.slarules.Responsible;
import io.slarules.model.Agreement;
import io.slarules.model.BlockedInterval;
import io.slarules.model.DateRange;
import io.slarules.model.DayCount;
import io.slarules.model.DelayRounding;
import io.slarules.model.DelayUnit;
import io.slarules.model.Due;
import io.slarules.model.ForceMajeure;
import io.slarules.model.Fulfilment;
import io.slarules.model.Obligation;
import io.slarules.model.Timeline;

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
 *   <li>then intervals blocked by another party than the owner, and force majeure (excused), inside
 *       the work time (latest fulfilment of its dependencies and anchor, or the agreement's start, to
 *       the fulfilment or the period's end), in time order; overlaps count once, for the claim that
 *       started first within the work time (ties: ends first, then event id);</li>
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
        return rounding == DelayRounding.UP && partial ? whole + 1 : whole;
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

        List<Claim> claims = new ArrayList<>();
        for (BlockedInterval b : timeline.blocked()) {
            if (b.obligations().contains(o.id()) && !b.responsible().equals(o.owner())) {
                clip(b.interval().startInclusive(), b.interval().endExclusive(), work)
                        .ifPresent(s -> claims.add(new Claim(s, Responsible.party(b.responsible()), b.id())));
            }
        }
        for (ForceMajeure f : timeline.forceMajeure()) {
            clip(f.interval().startInclusive(), f.interval().endExclusive(), work)
                    .ifPresent(s -> claims.add(new Claim(s, Responsible.EXCUSED, f.id())));
        }
        claims.sort(Comparator.comparing((Claim c) -> c.span().start()).thenComparing(c -> c.span().end())
                .thenComparing(Claim::event));
        List<Span> taken = new ArrayList<>();
        List<Map.Entry<Span, Responsible>> pieces = new ArrayList<>();
        for (Claim c : claims) {
            for (Span free : minus(c.span(), taken)) {
                pieces.add(Map.entry(free, c.responsible()));
            }
            taken.add(c.span());
        }
        pieces.sort(Comparator.comparing((Map.Entry<Span, Responsible> p) -> p.getKey().start())
                .thenComparing(p -> p.getKey().end()));
        for (Map.Entry<Span, Responsible> p : pieces) {
            candidates.add(new Piece(p.getValue(), wallClock(p.getKey().start(), p.getKey().end(), zone)));
        }

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

    private static Optional<Span> clip(Instant start, Instant end, Span work) {
        Instant s = start.isAfter(work.start()) ? start : work.start();
        Instant e = end.isBefore(work.end()) ? end : work.end();
        return e.isAfter(s) ? Optional.of(new Span(s, e)) : Optional.empty();
    }

    /** The parts of {@code span} outside every one of {@code taken}. */
    private static List<Span> minus(Span span, List<Span> taken) {
        List<Span> free = new ArrayList<>(List.of(span));
        for (Span t : taken) {
            List<Span> next = new ArrayList<>();
            for (Span f : free) {
                if (!t.start().isBefore(f.end()) || !f.start().isBefore(t.end())) {
                    next.add(f);
                    continue;
                }
                if (f.start().isBefore(t.start())) {
                    next.add(new Span(f.start(), t.start()));
                }
                if (t.end().isBefore(f.end())) {
                    next.add(new Span(t.end(), f.end()));
                }
            }
            free = next;
        }
        free.removeIf(Span::isEmpty);
        return free;
    }
}
