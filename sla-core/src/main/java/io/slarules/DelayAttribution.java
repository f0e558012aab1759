package io.slarules;

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
 * @param subject   the obligation
 * @param owner     the party that owes it
 * @param due       when it was due, before any shift
 * @param fulfilled when it was fulfilled; empty while it is open
 * @param measuredTo the instant the delay runs to: the fulfilment, or the "as of" instant
 * @param total     how late it is, on the agreement's wall clock
 * @param shares    per responsible party (and {@link Responsible#EXCUSED}), in order of first appearance
 * @param segments  the pieces the shares are made of, in the order they were counted
 */
public record DelayAttribution(String subject, String owner, Instant due, Optional<Instant> fulfilled,
                               Instant measuredTo, Duration total, List<Share> shares, List<Segment> segments) {

    /** Validates the fields and the invariant. */
    public DelayAttribution {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(fulfilled, "fulfilled");
        Objects.requireNonNull(measuredTo, "measuredTo");
        Objects.requireNonNull(total, "total");
        shares = List.copyOf(shares);
        segments = List.copyOf(segments);
        Duration sumOfShares = shares.stream().map(Share::length).reduce(Duration.ZERO, Duration::plus);
        Duration sumOfSegments = segments.stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus);
        if (!sumOfShares.equals(total) || !sumOfSegments.equals(total)) {
            throw new IllegalArgumentException("SLA Rules: shares (" + sumOfShares + ") and segments ("
                    + sumOfSegments + ") of " + subject + " must add up to its delay " + total);
        }
    }

    /**
     * An attribution made of segments: the shares are the segments' lengths summed per responsible
     * party, in order of first appearance; zero-length segments are dropped.
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
        return new DelayAttribution(subject, owner, due, fulfilled, measuredTo, total, shares, counted);
    }

    /** Whether the obligation is still open, so the delay is measured only up to the "as of" instant. */
    public boolean provisional() {
        return fulfilled.isEmpty();
    }

    /** Whether there is any delay. */
    public boolean isLate() {
        return total.compareTo(Duration.ZERO) > 0;
    }

    /** The share of a responsible party; zero when it has none. */
    public Duration shareOf(Responsible responsible) {
        return shares.stream().filter(s -> s.responsible().equals(responsible)).map(Share::length)
                .findFirst().orElse(Duration.ZERO);
    }

    /** The share of a party, by id; zero when it has none. */
    public Duration shareOf(String partyId) {
        return shareOf(Responsible.party(partyId));
    }

    /** The shares of the given parties, summed; zero when they have none. */
    public Duration shareOfAny(Collection<String> partyIds) {
        return shares.stream().filter(s -> partyIds.contains(s.responsible().id())).map(Share::length)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** The names of every rule behind the segments, in order of first appearance. */
    public List<String> rules() {
        return segments.stream().flatMap(s -> s.rules().stream()).distinct().toList();
    }
}
