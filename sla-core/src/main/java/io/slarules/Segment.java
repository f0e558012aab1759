package io.slarules;

import io.slarules.model.Interval;

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
 * @param responsible who it counts against
 * @param length      how long, on the agreement's wall clock
 * @param cause       why
 * @param origin      the obligation whose lateness it was born in
 * @param event       the timeline event behind it (blocked interval or force majeure), if any
 * @param interval    the time it covers, for blocked and force-majeure segments
 * @param reason      the event's reason, for explanations; may be empty
 * @param via         the obligations it shifted on its way, nearest first; empty where it was born
 * @param rules       the rules that produced it and passed it on
 */
public record Segment(Responsible responsible, Duration length, Cause cause, String origin,
                      Optional<String> event, Optional<Interval> interval, String reason,
                      List<String> via, List<String> rules) {

    /** Validates the fields. */
    public Segment {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(reason, "reason");
        via = Via.of(via);
        rules = List.copyOf(rules);
        if (length.isNegative()) {
            throw new IllegalArgumentException("a segment cannot be negative: " + length);
        }
    }

    /**
     * The same segment counting for less time; its interval still names the whole time the event
     * covered, the length says how much of it counts.
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
}
