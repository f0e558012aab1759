package io.slarules.report.friction;

import java.util.Comparator;
import java.util.Objects;

/**
 * What a cell of a friction report rests on: an obligation, a case, or a window of an objective,
 * in one agreement.
 *
 * @param agreement the agreement's id
 * @param kind      what it is
 * @param id        the obligation's or case's id; for a window, {@code OBJECTIVE@WINDOW}, e.g.
 *                  {@code AVAIL-WEB@2026-03}
 */
public record Subject(String agreement, Kind kind, String id) implements Comparable<Subject> {

    private static final Comparator<Subject> ORDER = Comparator.comparing(Subject::agreement)
            .thenComparing(Subject::kind).thenComparing(Subject::id);

    /** What a subject is. */
    public enum Kind {
        /** An obligation, by its id. */
        OBLIGATION,
        /** A case of a time-to objective, by its id. */
        CASE,
        /** One window of an objective. */
        WINDOW
    }

    /**
     * Validates the fields.
     *
     * @param agreement the agreement's id
     * @param kind what it is
     * @param id the obligation's or case's id; for a window, {@code OBJECTIVE@WINDOW}, e.g. {@code AVAIL-WEB@2026-03}
     */
    public Subject {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * An obligation of an agreement.
     *
     * @param agreement the agreement's id
     * @param obligation the obligation's id
     * @return the subject
     */
    public static Subject obligation(String agreement, String obligation) {
        return new Subject(agreement, Kind.OBLIGATION, obligation);
    }

    /**
     * A case of an agreement.
     *
     * @param agreement the agreement's id
     * @param caseId the case's id
     * @return the subject
     */
    public static Subject caseOf(String agreement, String caseId) {
        return new Subject(agreement, Kind.CASE, caseId);
    }

    /**
     * A window of an objective, written as {@link io.slarules.model.time.DateRange#toString()} writes it.
     *
     * @param agreement the agreement's id
     * @param objective the objective's id
     * @param window the window's dates
     * @return the subject
     */
    public static Subject window(String agreement, String objective, io.slarules.model.time.DateRange window) {
        return new Subject(agreement, Kind.WINDOW, objective + "@" + window);
    }

    /**
     * {@code AGREEMENT/ID}, the form every renderer writes.
     *
     * @return the label
     */
    public String label() {
        return agreement + "/" + id;
    }

    /** By agreement, then kind, then id. */
    @Override
    public int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
