package io.slarules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one case of a {@code TIME_TO} objective went.
 *
 * @param caseId       the case
 * @param priority     its priority
 * @param businessTime business time from opening to the stop event (or to the window's end, when
 *                     still open), pauses left out
 * @param target       the business time allowed
 * @param stopped      whether the stop event happened
 * @param breachedAt   the instant the allowed business time ran out, when it did
 * @param pauses       the paused time, by the party each pause is attributed to (wall time on the
 *                     objective's calendar)
 */
public record CaseResult(String caseId, String priority, Duration businessTime, Duration target, boolean stopped,
                         Optional<Instant> breachedAt, List<Share> pauses) {

    /** Validates the fields. */
    public CaseResult {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(businessTime, "businessTime");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(breachedAt, "breachedAt");
        pauses = List.copyOf(pauses);
    }

    /** Whether the case took longer than allowed. */
    public boolean breached() {
        return breachedAt.isPresent();
    }
}
