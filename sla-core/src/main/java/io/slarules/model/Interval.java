package io.slarules.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open interval of time {@code [startInclusive, endExclusive)} between two instants.
 *
 * <p>An empty interval (start equal to end) is allowed; one that ends before it starts is not.
 * Two intervals that only touch ({@code a.endExclusive == b.startInclusive}) do not overlap.
 *
 * <p>Jackson writes it as {@code {"startInclusive":"2026-04-08T09:00:00Z","endExclusive":...}}
 * (ISO-8601 instants in UTC) with any {@code ObjectMapper}, and reads that form back.
 */
@JsonExplicit
public record Interval(
        @JsonProperty("startInclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant startInclusive,
        @JsonProperty("endExclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant endExclusive)
        implements Comparable<Interval> {

    /** Validates that the interval does not end before it starts. */
    public Interval {
        Checks.present(startInclusive, "interval", "from");
        Checks.present(endExclusive, "interval", "to");
        if (endExclusive.isBefore(startInclusive)) {
            throw Checks.fail("interval", "to",
                    "ends before it starts: [" + startInclusive + ", " + endExclusive + ")");
        }
    }

    /** The interval {@code [startInclusive, endExclusive)}. */
    public static Interval of(Instant startInclusive, Instant endExclusive) {
        return new Interval(startInclusive, endExclusive);
    }

    /** Whether the interval holds no instant. */
    public boolean isEmpty() {
        return startInclusive.equals(endExclusive);
    }

    /** The elapsed time from start to end. */
    public Duration toDuration() {
        return Duration.between(startInclusive, endExclusive);
    }

    /** Whether the instant lies inside the interval (its end excluded). */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
    }

    /** Whether the two intervals share at least one instant. */
    public boolean overlaps(Interval other) {
        Objects.requireNonNull(other, "other");
        return startInclusive.isBefore(other.endExclusive) && other.startInclusive.isBefore(endExclusive)
                && !isEmpty() && !other.isEmpty();
    }

    /** Whether this interval holds every instant of the other. */
    public boolean encloses(Interval other) {
        Objects.requireNonNull(other, "other");
        return !other.startInclusive.isBefore(startInclusive) && !other.endExclusive.isAfter(endExclusive);
    }

    /** The instants both intervals share, if any. */
    public Optional<Interval> intersection(Interval other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        Instant start = startInclusive.isAfter(other.startInclusive) ? startInclusive : other.startInclusive;
        Instant end = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
        return Optional.of(new Interval(start, end));
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Interval other) {
        int byStart = startInclusive.compareTo(other.startInclusive);
        return byStart != 0 ? byStart : endExclusive.compareTo(other.endExclusive);
    }

    @Override
    public String toString() {
        return "[" + startInclusive + ", " + endExclusive + ")";
    }
}
