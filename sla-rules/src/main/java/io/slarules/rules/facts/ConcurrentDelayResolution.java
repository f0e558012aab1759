package io.slarules.rules.facts;

import io.slarules.Segment;

import java.util.List;
import java.util.Objects;

/**
 * What a concurrent-delay policy made of an obligation's intervals: the other parties' claims and
 * the owner's side's own delay, resolved into disjoint segments in time order. A rule of phase
 * {@code concurrent} inserts one for every obligation with an {@link OwnDelayInterval}; the
 * obligation's attribution is then composed from it instead of from the claims.
 *
 * @param subject  the obligation
 * @param policy   the policy applied
 * @param segments the segments that shift the due date, in time order
 * @param rule     the rule that applied the policy
 */
public record ConcurrentDelayResolution(String subject, String policy, List<Segment> segments, String rule) {

    /**
     * Validates the fields.
     *
     * @param subject the obligation
     * @param policy the policy applied
     * @param segments the segments that shift the due date, in time order
     * @param rule the rule that applied the policy
     */
    public ConcurrentDelayResolution {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(policy, "policy");
        segments = List.copyOf(segments);
        Objects.requireNonNull(rule, "rule");
    }
}
