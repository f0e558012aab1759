package io.slarules.model.timeline;

/** What happened to a case (a ticket, a request). */
public enum CaseEventKind {
    /** The case was opened; the clock starts. Carries the priority. */
    OPENED,
    /** The case got its first response. */
    RESPONDED,
    /** The case was resolved; the clock stops for good. */
    RESOLVED,
    /** The case changed status, e.g. to "waiting on customer" (the clock pauses) or back to "in progress". */
    STATUS
}
