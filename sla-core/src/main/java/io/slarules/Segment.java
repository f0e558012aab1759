package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.model.time.Interval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of a delay and why it counts against whom. A segment born on one obligation keeps its
 * origin as it shifts the obligations that depend on it: {@link #via()} lists the obligations it
 * passed through, nearest first.
 *
 * <p>Made by {@link #of} (the engine, and rule packs that attribute delays); it can gain a field
 * in a minor release without breaking callers. Jackson writes it with any {@code ObjectMapper} as
 * an object of the accessors below ({@code length} as ISO-8601 text, {@code event} and
 * {@code interval} {@code null} when absent), and reads that form back to an equal segment.
 */
@JsonExplicit
@JsonPropertyOrder({"responsible", "length", "cause", "origin", "event", "interval", "reason", "via", "rules"})
public final class Segment {

    private final Responsible responsible;
    private final Duration length;
    private final Cause cause;
    private final String origin;
    private final String event;
    private final Interval interval;
    private final String reason;
    private final List<String> via;
    private final List<String> rules;

    @JsonCreator
    private Segment(@JsonProperty(value = "responsible", required = true) Responsible responsible,
                    @JsonProperty(value = "length", required = true)
                    @JsonDeserialize(converter = JsonForms.TextToDuration.class) Duration length,
                    @JsonProperty(value = "cause", required = true) Cause cause,
                    @JsonProperty(value = "origin", required = true) String origin,
                    @JsonProperty("event") String event,
                    @JsonProperty("interval") Interval interval,
                    @JsonProperty(value = "reason", required = true) String reason,
                    @JsonProperty("via") List<String> via,
                    @JsonProperty("rules") List<String> rules) {
        this.responsible = Objects.requireNonNull(responsible, "responsible");
        this.length = Objects.requireNonNull(length, "length");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.event = event;
        this.interval = interval;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.via = Via.of(Objects.requireNonNull(via, "via"));
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (length.isNegative()) {
            throw new IllegalArgumentException("a segment cannot be negative: " + length);
        }
    }

    /**
     * A segment.
     *
     * @param responsible who it counts against
     * @param length      how long, on the agreement's wall clock; not negative
     * @param cause       why
     * @param origin      the obligation whose lateness it was born in
     * @param event       the timeline event behind it (blocked interval or force majeure), if any
     * @param interval    the time it covers, for blocked and force-majeure segments
     * @param reason      the event's reason, for explanations; may be empty
     * @param via         the obligations it shifted on its way, nearest first; empty where it was born
     * @param rules       the rules that produced it and passed it on
     * @return the segment
     * @throws IllegalArgumentException when the length is negative
     */
    public static Segment of(Responsible responsible, Duration length, Cause cause, String origin,
                             Optional<String> event, Optional<Interval> interval, String reason,
                             List<String> via, List<String> rules) {
        return new Segment(responsible, length, cause, origin, Objects.requireNonNull(event, "event").orElse(null),
                Objects.requireNonNull(interval, "interval").orElse(null), reason, via, rules);
    }

    /**
     * Who it counts against.
     *
     * @return a party, or {@link Responsible#EXCUSED}
     */
    @JsonProperty("responsible")
    public Responsible responsible() {
        return responsible;
    }

    /**
     * How long, on the agreement's wall clock.
     *
     * @return the length
     */
    @JsonProperty("length")
    @JsonSerialize(using = ToStringSerializer.class)
    public Duration length() {
        return length;
    }

    /**
     * Why it counts against whom it counts against.
     *
     * @return the cause
     */
    @JsonProperty("cause")
    public Cause cause() {
        return cause;
    }

    /**
     * The obligation whose lateness it was born in.
     *
     * @return the obligation's id
     */
    @JsonProperty("origin")
    public String origin() {
        return origin;
    }

    /**
     * The timeline event behind it (blocked interval or force majeure), if any.
     *
     * @return the event's id, or empty
     */
    public Optional<String> event() {
        return Optional.ofNullable(event);
    }

    /** The event as Jackson writes it: {@code null} when absent. */
    @JsonProperty("event")
    private String eventOrNull() {
        return event;
    }

    /**
     * The time it covers, for blocked and force-majeure segments.
     *
     * @return the interval, or empty
     */
    public Optional<Interval> interval() {
        return Optional.ofNullable(interval);
    }

    /** The interval as Jackson writes it: {@code null} when absent. */
    @JsonProperty("interval")
    private Interval intervalOrNull() {
        return interval;
    }

    /**
     * The event's reason, for explanations.
     *
     * @return the reason; may be empty
     */
    @JsonProperty("reason")
    public String reason() {
        return reason;
    }

    /**
     * The obligations it shifted on its way, nearest first.
     *
     * @return their ids; empty where it was born
     */
    @JsonProperty("via")
    public List<String> via() {
        return via;
    }

    /**
     * The rules that produced it and passed it on.
     *
     * @return rule names
     */
    @JsonProperty("rules")
    public List<String> rules() {
        return rules;
    }

    /**
     * The same segment counting for less time; its interval still names the whole time the event
     * covered, the length says how much of it counts.
     *
     * @param shorter the length it counts for
     * @return this segment when it is not longer than {@code shorter}, else a shorter copy
     */
    public Segment truncatedTo(Duration shorter) {
        if (shorter.compareTo(length) >= 0) {
            return this;
        }
        return new Segment(responsible, shorter, cause, origin, event, interval, reason, via, rules);
    }

    /**
     * The same segment, passed on from the dependency {@code dependency} to an obligation that
     * depends on it, by {@code rule}.
     *
     * @param dependency the obligation it comes from
     * @param rule       the rule passing it on
     * @return the segment as the dependent obligation counts it
     */
    public Segment passedOnFrom(String dependency, String rule) {
        // the path is shared, not copied: down a long chain copies would grow as its square
        List<String> path = dependency.equals(origin) ? via : Via.of(via).after(dependency);
        List<String> by = rules;
        if (!rules.contains(rule)) {
            by = new ArrayList<>(rules);
            by.add(rule);
        }
        return new Segment(responsible, length, cause, origin, event, interval, reason, path, by);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Segment o && responsible.equals(o.responsible) && length.equals(o.length)
                && cause == o.cause && origin.equals(o.origin) && Objects.equals(event, o.event)
                && Objects.equals(interval, o.interval) && reason.equals(o.reason) && via.equals(o.via)
                && rules.equals(o.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responsible, length, cause, origin, event, interval, reason, via, rules);
    }

    @Override
    public String toString() {
        return "Segment[responsible=" + responsible + ", length=" + length + ", cause=" + cause + ", origin=" + origin
                + ", event=" + event + ", interval=" + interval + ", reason=" + reason + ", via=" + via
                + ", rules=" + rules + "]";
    }
}
