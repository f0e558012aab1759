package io.slarules.model.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.internal.model.Checks;

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
 *
 * @param startInclusive the first instant of the interval
 * @param endExclusive   the instant after the last, not before {@code startInclusive}; equal to it for an empty
 *                       interval
 */
@JsonExplicit
public record Interval(
        @JsonProperty("startInclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant startInclusive,
        @JsonProperty("endExclusive") @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant endExclusive)
        implements Comparable<Interval> {

    /**
     * Validates that the interval does not end before it starts.
     *
     * @param startInclusive the first instant of the interval
     * @param endExclusive the instant after the last, not before {@code startInclusive}; equal to it for an empty
     *                     interval
     */
    public Interval {
        Checks.present(startInclusive, "interval", "from");
        Checks.present(endExclusive, "interval", "to");
        if (endExclusive.isBefore(startInclusive)) {
            throw Checks.fail("interval", "to",
                    "ends before it starts: [" + startInclusive + ", " + endExclusive + ")");
        }
    }

    /**
     * {@return the interval {@code [startInclusive, endExclusive)}}
     *
     * @param startInclusive the first instant of the interval
     * @param endExclusive the instant after the last, not before {@code startInclusive}
     */
    public static Interval of(Instant startInclusive, Instant endExclusive) {
        return new Interval(startInclusive, endExclusive);
    }

    /** {@return whether the interval holds no instant} */
    public boolean isEmpty() {
        return startInclusive.equals(endExclusive);
    }

    /** {@return the elapsed time from start to end} */
    public Duration toDuration() {
        return Duration.between(startInclusive, endExclusive);
    }

    /**
     * {@return whether the instant lies inside the interval (its end excluded)}
     *
     * @param instant an instant
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
    }

    /**
     * {@return whether the two intervals share at least one instant}
     *
     * @param other another interval
     */
    public boolean overlaps(Interval other) {
        Objects.requireNonNull(other, "other");
        return startInclusive.isBefore(other.endExclusive) && other.startInclusive.isBefore(endExclusive)
                && !isEmpty() && !other.isEmpty();
    }

    /**
     * {@return whether this interval holds every instant of the other}
     *
     * @param other another interval
     */
    public boolean encloses(Interval other) {
        Objects.requireNonNull(other, "other");
        return !other.startInclusive.isBefore(startInclusive) && !other.endExclusive.isAfter(endExclusive);
    }

    /**
     * {@return the instants both intervals share, if any}
     *
     * @param other another interval
     */
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
