package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

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
@JsonExplicit
public record CaseResult(@JsonProperty("caseId") String caseId, @JsonProperty("priority") String priority,
                         @JsonProperty("businessTime") @JsonSerialize(using = ToStringSerializer.class)
                         Duration businessTime,
                         @JsonProperty("target") @JsonSerialize(using = ToStringSerializer.class) Duration target,
                         @JsonProperty("stopped") boolean stopped,
                         Optional<Instant> breachedAt,
                         @JsonProperty("pauses") List<Share> pauses) {

    /**
     * Validates the fields.
     *
     * @param caseId the case
     * @param priority its priority
     * @param businessTime business time from opening to the stop event (or to the window's end, when still open),
     *                     pauses left out
     * @param target the business time allowed
     * @param stopped whether the stop event happened
     * @param breachedAt the instant the allowed business time ran out, when it did
     * @param pauses the paused time, by the party each pause is attributed to (wall time on the objective's calendar)
     */
    public CaseResult {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(businessTime, "businessTime");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(breachedAt, "breachedAt");
        pauses = List.copyOf(pauses);
    }

    /** Jackson's reader: {@code breachedAt} is an ISO-8601 instant or {@code null}. */
    @JsonCreator
    private static CaseResult fromJson(
            @JsonProperty(value = "caseId", required = true) String caseId,
            @JsonProperty(value = "priority", required = true) String priority,
            @JsonProperty(value = "businessTime", required = true)
            @JsonDeserialize(converter = JsonForms.TextToDuration.class) Duration businessTime,
            @JsonProperty(value = "target", required = true)
            @JsonDeserialize(converter = JsonForms.TextToDuration.class) Duration target,
            @JsonProperty("stopped") boolean stopped,
            @JsonProperty("breachedAt") @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant breachedAt,
            @JsonProperty("pauses") List<Share> pauses) {
        return new CaseResult(caseId, priority, businessTime, target, stopped, Optional.ofNullable(breachedAt),
                Objects.requireNonNull(pauses, "pauses"));
    }

    /** The instant the allowed time ran out, as Jackson writes it: {@code null} when in time. */
    @JsonProperty("breachedAt")
    @JsonSerialize(using = ToStringSerializer.class)
    private Instant breachedAtOrNull() {
        return breachedAt.orElse(null);
    }

    /** {@return whether the case took longer than allowed} */
    public boolean breached() {
        return breachedAt.isPresent();
    }
}
