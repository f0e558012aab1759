package io.slarules.examples.publicworks;

import io.slarules.Cause;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.calc.ConcurrentDelays;
import io.slarules.calc.IntervalClaim;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.ForceMajeure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The arithmetic of the public-works rules; the rules (public-works.drl) decide when it applies. */
public final class PublicWorks {

    /** How many days of a force-majeure event are excused. */
    public static final int EXCUSED_DAYS = 5;

    private PublicWorks() {
    }

    /**
     * The excused part of a force-majeure event inside an obligation's work: the event's first
     * {@link #EXCUSED_DAYS} days on the agreement's wall clock, where they overlap the work.
     *
     * @param event the force-majeure event
     * @param work  the instants of the obligation's work ({@code ObligationState.work()})
     * @param zone  the agreement's zone, whose wall clock counts the days
     * @return the excused instants, or empty when they miss the work
     */
    public static Optional<Interval> excusedPartOf(ForceMajeure event, Interval work, ZoneId zone) {
        Instant start = event.interval().startInclusive();
        Instant limit = start.atZone(zone).plusDays(EXCUSED_DAYS).toInstant();
        Instant end = event.interval().endExclusive().isBefore(limit) ? event.interval().endExclusive() : limit;
        return Interval.of(start, end).intersection(work);
    }

    /**
     * The dominant-cause treatment of an overlap: the party whose claim (as clipped to the work) is
     * the longer bears it; the other party's time shifts the due date, the owner's does not; equally
     * long claims excuse it.
     *
     * @param rule the stable name of the rule applying the policy, cited on the overlap's segment
     * @return the treatment to pass to {@link ConcurrentDelays#resolve}
     */
    public static ConcurrentDelays.Overlap dominantCause(String rule) {
        return (subject, other, own, part, length) -> {
            int byLength = length(other).compareTo(length(own));
            if (byLength < 0) {
                return Optional.empty();
            }
            Responsible bears = byLength > 0 ? other.responsible() : Responsible.EXCUSED;
            String reason = (other.reason().isEmpty() ? "" : other.reason() + "; ") + (byLength > 0
                    ? "dominant over " : "as long as ") + own.event() + " (" + own.responsible() + ")";
            return Optional.of(Segment.of(bears, length, Cause.CONCURRENT_DELAY, subject, Optional.of(other.event()),
                    Optional.of(part), reason, List.of(), List.of(other.rule(), own.rule(), rule)));
        };
    }

    private static Duration length(IntervalClaim claim) {
        // elapsed time is enough to compare two claims; the segments are measured on the wall clock
        return Duration.between(claim.interval().startInclusive(), claim.interval().endExclusive());
    }
}
