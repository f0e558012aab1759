package io.slarules.internal.calc;

import io.slarules.model.time.Interval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's history as a clock needs it: when it opened, when the clock stopped, and the status it
 * was in over time, all as known at an instant.
 *
 * @param caseId   the case
 * @param service  its service
 * @param priority its priority
 * @param opened   when it opened
 * @param stopped  when the stop event happened, if it did by the instant known
 * @param statuses the statuses it was in between opening and its stop (or the instant known)
 * @param due      the case's own due date, when its opening carries one
 */
public record CaseTrack(String caseId, String service, String priority, Instant opened, Optional<Instant> stopped,
                        List<StatusSpan> statuses, Optional<Instant> due) {

    /**
     * Validates the fields.
     *
     * @param caseId the case
     * @param service its service
     * @param priority its priority
     * @param opened when it opened
     * @param stopped when the stop event happened, if it did by the instant known
     * @param statuses the statuses it was in between opening and its stop (or the instant known)
     * @param due the case's own due date, when its opening carries one
     */
    public CaseTrack {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(stopped, "stopped");
        statuses = List.copyOf(statuses);
        due = Objects.requireNonNullElse(due, Optional.empty());
    }

    /**
     * A case without a due date of its own.
     *
     * @param caseId the case
     * @param service its service
     * @param priority its priority
     * @param opened when it opened
     * @param stopped when the stop event happened, if it did by the instant known
     * @param statuses the statuses it was in between opening and its stop (or the instant known)
     */
    public CaseTrack(String caseId, String service, String priority, Instant opened, Optional<Instant> stopped,
                     List<StatusSpan> statuses) {
        this(caseId, service, priority, opened, stopped, statuses, Optional.empty());
    }

    /**
     * The track of a case from its events (sorted by time, checked by the timeline), as known at
     * {@code asOf}; empty when it opened at or after {@code asOf}.
     *
     * @param stop RESPONDED or RESOLVED; a resolution also stops a response clock
     * @param events the case's events, sorted by time
     * @param asOf the end of what is known
     * @return the case's track, or empty when it had not opened by {@code asOf}
     */
    public static Optional<CaseTrack> of(List<CaseEvent> events, CaseEventKind stop, Instant asOf) {
        // loops, not streams: the service-level session builds a track for every case of every month
        CaseEvent open = null;
        for (CaseEvent e : events) {
            if (e.kind() == CaseEventKind.OPENED) {
                open = e;
                break;
            }
        }
        if (open == null || !open.at().isBefore(asOf)) {
            return Optional.empty();
        }
        Optional<Instant> stopped = Optional.empty();
        for (CaseEvent e : events) {
            if ((e.kind() == stop || e.kind() == CaseEventKind.RESOLVED) && e.at().isBefore(asOf)) {
                stopped = Optional.of(e.at());
                break;
            }
        }
        Instant end = stopped.orElse(asOf);
        List<StatusSpan> spans = new ArrayList<>();
        String status = null;
        Instant since = null;
        for (CaseEvent e : events) {
            if (e.kind() != CaseEventKind.STATUS || e.at().isBefore(open.at()) || !e.at().isBefore(end)) {
                continue;
            }
            if (status != null && since.isBefore(e.at())) {
                spans.add(new StatusSpan(status, Interval.of(since, e.at())));
            }
            status = e.status().orElseThrow();
            since = e.at();
        }
        if (status != null && since.isBefore(end)) {
            spans.add(new StatusSpan(status, Interval.of(since, end)));
        }
        return Optional.of(new CaseTrack(open.caseId(), open.service(), open.priority().orElseThrow(), open.at(),
                stopped, spans, open.due()));
    }

    /**
     * {@return the instants the clock could run: from opening to the stop (or {@code asOf})}
     *
     * @param asOf the end of what is known
     */
    public Interval span(Instant asOf) {
        return Interval.of(opened, stopped.orElse(asOf));
    }

    /**
     * Hashes the case's id and its opening only: consistent with the record's equality, and cheap; facts holding a
     * track are hashed whenever the rules join on them.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * caseId.hashCode() + opened.hashCode();
    }
}
