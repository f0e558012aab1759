package io.slarules.internal.calc;

import io.slarules.CaseResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.time.Interval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The business time of a case with its clock pauses, and the instant it breached its target. */
public final class CaseClock {

    private CaseClock() {
    }

    /**
     * A pause of the clock, attributed to a party.
     *
     * @param party    whom the wait is attributed to
     * @param interval when
     */
    public record Pause(Responsible party, Interval interval) {
    }

    /**
     * Measures a case as known at {@code asOf}.
     *
     * @param track    the case
     * @param target   the business time allowed
     * @param calendar the objective's calendar
     * @param pauses   the pauses rules attributed to other parties
     * @param asOf     the end of what is known
     * @return the case's business time, pauses and breach instant as known at {@code asOf}
     */
    public static CaseResult measure(CaseTrack track, Duration target, BusinessCalendar calendar, List<Pause> pauses,
                                     Instant asOf) {
        return measure(track, target, calendar, pauses, true, asOf, Optional.empty());
    }

    /**
     * Measures a case that carries its own due date, as known at {@code asOf}: on the wall clock from its
     * opening, the time allowed running to that date. The pauses are reported by party either way; they
     * move the due date (each by its length) only when {@code pausesMoveDue}.
     *
     * @param track the case, with its due date
     * @param zone the agreement's zone (of the wall clock)
     * @param pauses the pauses rules attributed to other parties
     * @param pausesMoveDue whether the pauses move the due date
     * @param asOf the end of what is known
     * @return the case's elapsed time, pauses and breach instant as known at {@code asOf}
     */
    public static CaseResult measureAgainstDue(CaseTrack track, java.time.ZoneId zone, List<Pause> pauses,
                                               boolean pausesMoveDue, Instant asOf) {
        Instant due = track.due().orElseThrow(() -> new IllegalArgumentException("SLA Rules: case " + track.caseId()
                + " has no due date of its own"));
        return measure(track, Duration.between(track.opened(), due), BusinessCalendar.always(zone), pauses,
                pausesMoveDue, asOf, Optional.of(due));
    }

    private static CaseResult measure(CaseTrack track, Duration target, BusinessCalendar calendar, List<Pause> pauses,
                                      boolean pausesStopClock, Instant asOf, Optional<Instant> due) {
        Interval span = track.span(asOf);
        List<Interval> paused = new ArrayList<>();
        Map<Responsible, List<Interval>> byParty = new TreeMap<>();
        for (Pause p : pauses) {
            p.interval().intersection(span).ifPresent(i -> {
                paused.add(i);
                byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(i);
            });
        }
        BusinessCalendar clock = paused.isEmpty() || !pausesStopClock ? calendar : calendar.excluding(paused);
        Duration business = clock.between(span.startInclusive(), span.endExclusive());
        Optional<Instant> breachedAt = Optional.empty();
        if (business.compareTo(target) > 0) {
            breachedAt = Optional.of(clock.plus(track.opened(), target));
        }
        List<Share> shares = new ArrayList<>();
        byParty.forEach((party, intervals) -> {
            Duration d = Duration.ZERO;
            for (Interval run : Intervals.union(intervals)) {
                d = d.plus(calendar.between(run.startInclusive(), run.endExclusive()));
            }
            if (!d.isZero()) {
                shares.add(new Share(party, d));
            }
        });
        // still running and in time: when it breaches if no further pause follows
        Optional<Instant> projected = track.stopped().isEmpty() && breachedAt.isEmpty()
                ? Optional.of(calendar.plus(span.endExclusive(), target.minus(business))) : Optional.empty();
        CaseResult result = new CaseResult(track.caseId(), track.priority(), business, target,
                track.stopped().isPresent(), breachedAt, shares);
        result = due.isPresent() ? result.withDue(due.get()) : result;
        return projected.isPresent() ? result.withProjectedBreach(projected.get()) : result;
    }

    /**
     * The instant that decides which window a case counts in: its breach, else its stop; empty
     * while it is open and within target.
     *
     * @param result the case's measurement
     * @param track the case's track
     * @return the breach instant, else the stop instant, else empty
     */
    public static Optional<Instant> countedAt(CaseResult result, CaseTrack track) {
        return result.breachedAt().or(track::stopped);
    }
}
