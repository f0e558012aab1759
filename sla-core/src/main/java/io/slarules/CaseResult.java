package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one case of a {@code TIME_TO} objective went: its business time against the time allowed, when it
 * breached, who paused it; a case's own due date when it carries one; and, for a case still running at the
 * evaluation's "as of" instant, when it breaches if no further pause follows.
 *
 * <p>Jackson writes the accessors marked as properties, {@code breachedAt} as an ISO-8601 instant or
 * {@code null}, and {@code due} and {@code projectedBreach} only when present; it reads that form back.
 */
@JsonExplicit
public final class CaseResult {

    private final String caseId;
    private final String priority;
    private final Duration businessTime;
    private final Duration target;
    private final boolean stopped;
    private final Optional<Instant> breachedAt;
    private final List<Share> pauses;
    private final Optional<Instant> due;
    private final Optional<Instant> projectedBreach;

    /**
     * A case measured against its priority's duration, or a case's own due date and projection added by
     * {@link #withDue} and {@link #withProjectedBreach}.
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
    public CaseResult(String caseId, String priority, Duration businessTime, Duration target, boolean stopped,
                      Optional<Instant> breachedAt, List<Share> pauses) {
        this(caseId, priority, businessTime, target, stopped, breachedAt, pauses, Optional.empty(), Optional.empty());
    }

    private CaseResult(String caseId, String priority, Duration businessTime, Duration target, boolean stopped,
                       Optional<Instant> breachedAt, List<Share> pauses, Optional<Instant> due,
                       Optional<Instant> projectedBreach) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.businessTime = Objects.requireNonNull(businessTime, "businessTime");
        this.target = Objects.requireNonNull(target, "target");
        this.stopped = stopped;
        this.breachedAt = Objects.requireNonNull(breachedAt, "breachedAt");
        this.pauses = List.copyOf(pauses);
        this.due = Objects.requireNonNullElse(due, Optional.empty());
        this.projectedBreach = Objects.requireNonNullElse(projectedBreach, Optional.empty());
    }

    /**
     * {@return this case measured against a due date of its own}: on the wall clock from its opening,
     * {@code target} then is the time from its opening to that date and {@code breachedAt} that date (moved by
     * the pauses only when the objective says so)
     *
     * @param due the case's own due date
     */
    public CaseResult withDue(Instant due) {
        return new CaseResult(caseId, priority, businessTime, target, stopped, breachedAt, pauses,
                Optional.of(Objects.requireNonNull(due, "due")), projectedBreach);
    }

    /**
     * {@return this case, still running and in time at the evaluation's "as of" instant, with when it breaches
     * if no further pause follows}
     *
     * @param projectedBreach when its allowed time runs out
     */
    public CaseResult withProjectedBreach(Instant projectedBreach) {
        return new CaseResult(caseId, priority, businessTime, target, stopped, breachedAt, pauses, due,
                Optional.of(Objects.requireNonNull(projectedBreach, "projectedBreach")));
    }

    /** {@return the case} */
    @JsonProperty("caseId")
    public String caseId() {
        return caseId;
    }

    /** {@return its priority} */
    @JsonProperty("priority")
    public String priority() {
        return priority;
    }

    /** {@return business time from opening to the stop event (or to the instant known), pauses left out} */
    @JsonProperty("businessTime")
    @JsonSerialize(using = ToStringSerializer.class)
    public Duration businessTime() {
        return businessTime;
    }

    /** {@return the business time allowed} */
    @JsonProperty("target")
    @JsonSerialize(using = ToStringSerializer.class)
    public Duration target() {
        return target;
    }

    /** {@return whether the stop event happened} */
    @JsonProperty("stopped")
    public boolean stopped() {
        return stopped;
    }

    /** {@return the instant the allowed business time ran out, when it did} */
    public Optional<Instant> breachedAt() {
        return breachedAt;
    }

    /** {@return the paused time, by the party each pause is attributed to (wall time on the objective's calendar)} */
    @JsonProperty("pauses")
    public List<Share> pauses() {
        return pauses;
    }

    /** {@return the case's own due date, when it carries one} */
    public Optional<Instant> due() {
        return due;
    }

    /**
     * {@return for a case still running and in time at the evaluation's "as of" instant: when its allowed time
     * runs out if no further pause follows; empty otherwise}
     */
    public Optional<Instant> projectedBreach() {
        return projectedBreach;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseResult c && caseId.equals(c.caseId) && priority.equals(c.priority)
                && businessTime.equals(c.businessTime) && target.equals(c.target) && stopped == c.stopped
                && breachedAt.equals(c.breachedAt) && pauses.equals(c.pauses) && due.equals(c.due)
                && projectedBreach.equals(c.projectedBreach);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, priority, businessTime, target, stopped, breachedAt, pauses, due, projectedBreach);
    }

    @Override
    public String toString() {
        return "CaseResult[caseId=" + caseId + ", priority=" + priority + ", businessTime=" + businessTime
                + ", target=" + target + ", stopped=" + stopped + ", breachedAt=" + breachedAt + ", pauses=" + pauses
                + due.map(d -> ", due=" + d).orElse("") + projectedBreach.map(b -> ", projectedBreach=" + b).orElse("")
                + "]";
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
            @JsonProperty("pauses") List<Share> pauses,
            @JsonProperty("due") @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant due,
            @JsonProperty("projectedBreach") @JsonDeserialize(converter = JsonForms.TextToInstant.class)
            Instant projectedBreach) {
        return new CaseResult(caseId, priority, businessTime, target, stopped, Optional.ofNullable(breachedAt),
                Objects.requireNonNull(pauses, "pauses"), Optional.ofNullable(due), Optional.ofNullable(projectedBreach));
    }

    /** The case's own due date as Jackson writes it: left out when it has none. */
    @JsonProperty("due")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = ToStringSerializer.class)
    private Instant dueOrNull() {
        return due.orElse(null);
    }

    /** The projected breach as Jackson writes it: left out when there is none. */
    @JsonProperty("projectedBreach")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = ToStringSerializer.class)
    private Instant projectedBreachOrNull() {
        return projectedBreach.orElse(null);
    }

    /** {@return how much longer than allowed the case took (or has taken so far); zero when in time} */
    public Duration late() {
        return businessTime.compareTo(target) > 0 ? businessTime.minus(target) : Duration.ZERO;
    }

    /** {@return the time it still has before its allowed time runs out; zero once stopped or breached} */
    public Duration remaining() {
        return stopped || breached() ? Duration.ZERO : target.minus(businessTime);
    }

    /**
     * {@return the share of its allowed time used, a percentage truncated to 10 decimals (over 100 once breached)}
     */
    public BigDecimal elapsedPercent() {
        if (target.isZero()) {
            return BigDecimal.valueOf(100);
        }
        return new BigDecimal(businessTime.toNanos()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(target.toNanos()), 10, RoundingMode.DOWN);
    }

    /** {@return whether the case was still running, in time, at the evaluation's "as of" instant} */
    public boolean running() {
        return !stopped && !breached();
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
