package io.slarules;

import io.slarules.model.Subscription;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.Timeline;

import java.util.Objects;

/**
 * One subscriber of a service-based agreement to evaluate: the subscription, what happened to it,
 * and what earlier evaluations decided for it.
 *
 * @param subscription the subscription
 * @param timeline     what happened under it
 * @param history      its earlier evaluations' history; {@link History#empty()} when none
 */
public record Subscriber(Subscription subscription, Timeline timeline, History history) {

    /**
     * Validates that no component is null.
     *
     * @param subscription the subscription
     * @param timeline what happened under it
     * @param history its earlier evaluations' history; {@link History#empty()} when none
     */
    public Subscriber {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(history, "history");
    }

    /**
     * A subscriber without history.
     *
     * @param subscription the subscription
     * @param timeline what happened under it
     * @return a subscriber whose history is empty
     */
    public static Subscriber of(Subscription subscription, Timeline timeline) {
        return new Subscriber(subscription, timeline, History.empty());
    }
}
