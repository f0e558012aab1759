package io.slarules.rules.facts;

import io.slarules.DelayAttribution;
import io.slarules.Segment;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A late dependency shifts an obligation's due date by its own lateness, carrying its segments
 * (and so its blame) along.
 *
 * @param subject    the obligation shifted
 * @param dependency the critical late dependency
 * @param segments   the dependency's segments, passed on
 * @param rule       the rule that made the shift
 */
public record DependencyShift(String subject, String dependency, List<Segment> segments, String rule) {

    /**
     * Validates the fields.
     *
     * @param subject the obligation shifted
     * @param dependency the critical late dependency
     * @param segments the dependency's segments, passed on
     * @param rule the rule that made the shift
     */
    public DependencyShift {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dependency, "dependency");
        segments = List.copyOf(segments);
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The shift by a late dependency: its attribution's segments, passed on to {@code subject}.
     *
     * @param subject the obligation shifted
     * @param dependency the critical late dependency
     * @param rule the rule that made the shift
     * @return the shift of {@code subject}'s due date by the dependency's late segments
     */
    public static DependencyShift of(String subject, DelayAttribution dependency, String rule) {
        List<Segment> passed = dependency.segments().stream()
                .map(s -> s.passedOnFrom(dependency.subject(), rule))
                .toList();
        return new DependencyShift(subject, dependency.subject(), passed, rule);
    }

    /** {@return the length of the shift} */
    public Duration length() {
        return segments.stream().map(Segment::length).reduce(Duration.ZERO, Duration::plus);
    }
}
