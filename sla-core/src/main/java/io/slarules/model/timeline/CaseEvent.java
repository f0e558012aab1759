package io.slarules.model.timeline;

import io.slarules.internal.model.Checks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a case (a ticket, a request) of a service.
 *
 * @param id       unique within the timeline
 * @param caseId   the case
 * @param service  the service the case is about
 * @param at       when
 * @param kind     opened, responded, resolved, or a status change
 * @param priority the case's priority, given when it is opened
 * @param status   the new status, given on a status change
 * @param due      the case's own due date, agreed per case (a change request, an order), given when it is opened:
 *                 the case breaches when it is not stopped by then, instead of against its priority's duration
 */
public record CaseEvent(String id, String caseId, String service, Instant at, CaseEventKind kind,
                        Optional<String> priority, Optional<String> status, Optional<Instant> due)
        implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id unique within the timeline
     * @param caseId the case
     * @param service the service the case is about
     * @param at when
     * @param kind opened, responded, resolved, or a status change
     * @param priority the case's priority, given when it is opened
     * @param status the new status, given on a status change
     * @param due the case's own due date, given when it is opened, after it is opened
     */
    public CaseEvent {
        Checks.id(id, "timeline", "id");
        Checks.id(caseId, "timeline", "case");
        Checks.id(service, "timeline", "service");
        Checks.present(at, "timeline", "at");
        Checks.present(kind, "timeline", "kind");
        priority = Objects.requireNonNullElse(priority, Optional.empty());
        status = Objects.requireNonNullElse(status, Optional.empty());
        if (kind == CaseEventKind.OPENED && priority.isEmpty()) {
            throw Checks.fail("timeline", "priority", "an opened case needs its priority");
        }
        if (kind != CaseEventKind.OPENED && priority.isPresent()) {
            throw Checks.fail("timeline", "priority", "only an opened case has a priority");
        }
        if (kind == CaseEventKind.STATUS && status.isEmpty()) {
            throw Checks.fail("timeline", "status", "a status change needs the new status");
        }
        if (kind != CaseEventKind.STATUS && status.isPresent()) {
            throw Checks.fail("timeline", "status", "only a status change has a status");
        }
        due = Objects.requireNonNullElse(due, Optional.empty());
        if (kind != CaseEventKind.OPENED && due.isPresent()) {
            throw Checks.fail("timeline", "due", "only an opened case has a due date");
        }
        if (due.isPresent() && !due.get().isAfter(at)) {
            throw Checks.fail("timeline", "due", "a case's due date " + due.get() + " is not after it is opened, " + at);
        }
    }

    /**
     * An event without a due date of its own (every event but an opening with one).
     *
     * @param id unique within the timeline
     * @param caseId the case
     * @param service the service the case is about
     * @param at when
     * @param kind opened, responded, resolved, or a status change
     * @param priority the case's priority, given when it is opened
     * @param status the new status, given on a status change
     */
    public CaseEvent(String id, String caseId, String service, Instant at, CaseEventKind kind,
                     Optional<String> priority, Optional<String> status) {
        this(id, caseId, service, at, kind, priority, status, Optional.empty());
    }

    /**
     * This opening with the case's own due date: the case breaches when it is not stopped by then.
     *
     * @param due when the case is due, after it is opened
     * @return the opening with its due date
     */
    public CaseEvent withDue(Instant due) {
        return new CaseEvent(id, caseId, service, at, kind, priority, status, Optional.of(Checks.present(due,
                "timeline", "due")));
    }

    /**
     * The case was opened with a priority.
     *
     * @param id unique within the timeline
     * @param caseId the case
     * @param service the service the case is about
     * @param at when
     * @param priority the case's priority, given when it is opened
     * @return the opening event
     */
    public static CaseEvent opened(String id, String caseId, String service, Instant at, String priority) {
        return new CaseEvent(id, caseId, service, at, CaseEventKind.OPENED, Optional.of(priority), Optional.empty());
    }

    /**
     * The case changed status.
     *
     * @param id unique within the timeline
     * @param caseId the case
     * @param service the service the case is about
     * @param at when
     * @param status the new status, given on a status change
     * @return the status-change event
     */
    public static CaseEvent status(String id, String caseId, String service, Instant at, String status) {
        return new CaseEvent(id, caseId, service, at, CaseEventKind.STATUS, Optional.empty(), Optional.of(status));
    }

    /**
     * The case got its first response ({@link CaseEventKind#RESPONDED}) or was resolved.
     *
     * @param id unique within the timeline
     * @param caseId the case
     * @param service the service the case is about
     * @param at when
     * @param kind opened, responded, resolved, or a status change
     * @return the event
     */
    public static CaseEvent of(String id, String caseId, String service, Instant at, CaseEventKind kind) {
        return new CaseEvent(id, caseId, service, at, kind, Optional.empty(), Optional.empty());
    }
}
