package io.slarules.internal.calc;

import io.slarules.CaseResult;
import io.slarules.Responsible;
import io.slarules.Share;
import io.slarules.calc.Intervals;
import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.Interval;

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
        Interval span = track.span(asOf);
        List<Interval> paused = new ArrayList<>();
        Map<Responsible, List<Interval>> byParty = new TreeMap<>();
        for (Pause p : pauses) {
            p.interval().intersection(span).ifPresent(i -> {
                paused.add(i);
                byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(i);
            });
        }
        BusinessCalendar clock = paused.isEmpty() ? calendar : calendar.excluding(paused);
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
        return new CaseResult(track.caseId(), track.priority(), business, target, track.stopped().isPresent(),
                breachedAt, shares);
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
