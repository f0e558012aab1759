package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is responsible for how much of one obligation's delay.
 *
 * <p>Invariant: the shares add up exactly to {@link #total()}, and the segments add up to the
 * shares. A provisional attribution (the obligation is still open at the evaluation's "as of"
 * instant) measures the delay so far.
 *
 * <p>Made by {@link #of}; users read it, and it can gain a field in a minor release without
 * breaking them. Jackson writes it with any {@code ObjectMapper} as an object of the accessors
 * below (instants and durations as ISO-8601 text, {@code fulfilled} {@code null} while open), and
 * reads that form back to an equal attribution, checking the invariant.
 */
@JsonExplicit
@JsonPropertyOrder({"subject", "owner", "due", "fulfilled", "measuredTo", "total", "shares", "segments"})
public final class DelayAttribution {

    private final String subject;
    private final String owner;
    private final Instant due;
    private final Instant fulfilled;
    private final Instant measuredTo;
    private final Duration total;
    private final List<Share> shares;
    private final List<Segment> segments;

    @JsonCreator
    private DelayAttribution(@JsonProperty(value = "subject", required = true) String subject,
                             @JsonProperty(value = "owner", required = true) String owner,
                             @JsonProperty(value = "due", required = true)
                             @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant due,
                             @JsonProperty("fulfilled")
                             @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant fulfilled,
                             @JsonProperty(value = "measuredTo", required = true)
                             @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant measuredTo,
                             @JsonProperty(value = "total", required = true)
                             @JsonDeserialize(converter = JsonForms.TextToDuration.class) Duration total,
                             @JsonProperty("shares") List<Share> shares,
                             @JsonProperty("segments") List<Segment> segments) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.due = Objects.requireNonNull(due, "due");
        this.fulfilled = fulfilled;
        this.measuredTo = Objects.requireNonNull(measuredTo, "measuredTo");
        this.total = Objects.requireNonNull(total, "total");
        this.shares = List.copyOf(Objects.requireNonNull(shares, "shares"));
        this.segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        Duration sumOfShares = this.shares.stream().map(Share::length).reduce(Duration.ZERO, Duration::plus);
        Duration sumOfSegments = this.segments.stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus);
        if (!sumOfShares.equals(total) || !sumOfSegments.equals(total)) {
            throw new IllegalArgumentException("SLA Rules: shares (" + sumOfShares + ") and segments ("
                    + sumOfSegments + ") of " + subject + " must add up to its delay " + total);
        }
    }

    /**
     * An attribution of a delay with the shares given, checked against the segments: for tests
     * that need an attribution {@link #of} would not make.
     *
     * @param subject    the obligation
     * @param owner      the party that owes it
     * @param due        when it was due, before any shift
     * @param fulfilled  when it was fulfilled; empty while it is open
     * @param measuredTo the instant the delay runs to: the fulfilment, or the "as of" instant
     * @param total      how late it is, on the agreement's wall clock
     * @param shares     per responsible party, in the order given
     * @param segments   the pieces the shares are made of
     * @return the attribution
     * @throws IllegalArgumentException when the shares or the segments do not add up to the total
     */
    static DelayAttribution withShares(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                              Instant measuredTo, Duration total, List<Share> shares,
                                              List<Segment> segments) {
        return new DelayAttribution(subject, owner, due, Objects.requireNonNull(fulfilled, "fulfilled").orElse(null),
                measuredTo, total, shares, segments);
    }

    /**
     * An attribution made of segments: the shares are the segments' lengths summed per responsible
     * party, in order of first appearance; zero-length segments are dropped.
     *
     * @param subject    the obligation
     * @param owner      the party that owes it
     * @param due        when it was due, before any shift
     * @param fulfilled  when it was fulfilled; empty while it is open
     * @param measuredTo the instant the delay runs to: the fulfilment, or the "as of" instant
     * @param segments   the pieces of the delay, in the order they were counted
     * @return the attribution
     */
    public static DelayAttribution of(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                                      Instant measuredTo, List<Segment> segments) {
        Map<Responsible, Duration> byParty = new LinkedHashMap<>();
        List<Segment> counted = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (Segment s : segments) {
            if (s.length().isZero()) {
                continue;
            }
            counted.add(s);
            byParty.merge(s.responsible(), s.length(), Duration::plus);
            total = total.plus(s.length());
        }
        List<Share> shares = new ArrayList<>();
        byParty.forEach((who, length) -> shares.add(new Share(who, length)));
        return withShares(subject, owner, due, fulfilled, measuredTo, total, shares, counted);
    }

    /**
     * The obligation.
     *
     * @return its id
     */
    @JsonProperty("subject")
    public String subject() {
        return subject;
    }

    /**
     * The party that owes it.
     *
     * @return a party id
     */
    @JsonProperty("owner")
    public String owner() {
        return owner;
    }

    /**
     * When it was due, before any shift.
     *
     * @return the due instant
     */
    @JsonProperty("due")
    @JsonSerialize(using = ToStringSerializer.class)
    public Instant due() {
        return due;
    }

    /**
     * When it was fulfilled.
     *
     * @return the fulfilment; empty while it is open
     */
    public Optional<Instant> fulfilled() {
        return Optional.ofNullable(fulfilled);
    }

    /** The fulfilment as Jackson writes it: {@code null} while open. */
    @JsonProperty("fulfilled")
    @JsonSerialize(using = ToStringSerializer.class)
    private Instant fulfilledOrNull() {
        return fulfilled;
    }

    /**
     * The instant the delay runs to: the fulfilment, or the "as of" instant.
     *
     * @return that instant
     */
    @JsonProperty("measuredTo")
    @JsonSerialize(using = ToStringSerializer.class)
    public Instant measuredTo() {
        return measuredTo;
    }

    /**
     * How late it is, on the agreement's wall clock.
     *
     * @return the delay
     */
    @JsonProperty("total")
    @JsonSerialize(using = ToStringSerializer.class)
    public Duration total() {
        return total;
    }

    /**
     * Per responsible party (and {@link Responsible#EXCUSED}), in order of first appearance.
     *
     * @return the shares
     */
    @JsonProperty("shares")
    public List<Share> shares() {
        return shares;
    }

    /**
     * The pieces the shares are made of, in the order they were counted.
     *
     * @return the segments
     */
    @JsonProperty("segments")
    public List<Segment> segments() {
        return segments;
    }

    /**
     * Whether the obligation is still open, so the delay is measured only up to the "as of" instant.
     *
     * @return true while it is open
     */
    public boolean provisional() {
        return fulfilled == null;
    }

    /**
     * Whether there is any delay.
     *
     * @return true when the total is above zero
     */
    public boolean isLate() {
        return total.compareTo(Duration.ZERO) > 0;
    }

    /**
     * The share of a responsible party; zero when it has none.
     *
     * @param responsible the party, or {@link Responsible#EXCUSED}
     * @return its share
     */
    public Duration shareOf(Responsible responsible) {
        return shares.stream().filter(s -> s.responsible().equals(responsible)).map(Share::length)
                .findFirst().orElse(Duration.ZERO);
    }

    /**
     * The share of a party, by id; zero when it has none.
     *
     * @param partyId the party's id
     * @return its share
     */
    public Duration shareOf(String partyId) {
        return shareOf(Responsible.party(partyId));
    }

    /**
     * The shares of the given parties, summed; zero when they have none.
     *
     * @param partyIds the parties' ids
     * @return their shares, summed
     */
    public Duration shareOfAny(Collection<String> partyIds) {
        return shares.stream().filter(s -> partyIds.contains(s.responsible().id())).map(Share::length)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The names of every rule behind the segments, in order of first appearance.
     *
     * @return rule names
     */
    public List<String> rules() {
        return segments.stream().flatMap(s -> s.rules().stream()).distinct().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DelayAttribution o && subject.equals(o.subject) && owner.equals(o.owner)
                && due.equals(o.due) && Objects.equals(fulfilled, o.fulfilled) && measuredTo.equals(o.measuredTo)
                && total.equals(o.total) && shares.equals(o.shares) && segments.equals(o.segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, owner, due, fulfilled, measuredTo, total, shares, segments);
    }

    @Override
    public String toString() {
        return "DelayAttribution[subject=" + subject + ", owner=" + owner + ", due=" + due + ", fulfilled=" + fulfilled
                + ", measuredTo=" + measuredTo + ", total=" + total + ", shares=" + shares + ", segments=" + segments
                + "]";
    }
}
