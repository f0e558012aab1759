package io.slarules.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a {@link Monitor} runs: the instant its clock starts at, how late an event may arrive, and
 * whom it tells of warnings. Immutable; each {@code with} method checks its option and returns a copy.
 *
 * <pre>{@code
 * WatchOptions options = WatchOptions.startingAt(Instant.parse("2026-04-01T00:00:00Z"))
 *         .withLateness(Duration.ofMinutes(5))
 *         .withListener(warning -> alerts.send(warning));
 * }</pre>
 */
public final class WatchOptions {

    private static final WarningListener NOBODY = warning -> { };

    private final Instant start;
    private final Duration lateness;
    private final WarningListener listener;

    private WatchOptions(Instant start, Duration lateness, WarningListener listener) {
        this.start = start;
        this.lateness = lateness;
        this.listener = listener;
    }

    /**
     * {@return options whose clock starts at {@code start}, with no lateness and no listener}
     *
     * @param start the instant the monitor's clock shows first; never read from the wall clock
     */
    public static WatchOptions startingAt(Instant start) {
        return new WatchOptions(Objects.requireNonNull(start, "start"), Duration.ZERO, NOBODY);
    }

    /**
     * The same options with a lateness bound: an event may arrive as long as it happened no
     * earlier than the clock less this bound (the <em>watermark</em>), in any order among those.
     * Warnings are raised as of the watermark, so they are the same whatever the order of arrival.
     *
     * @throws IllegalArgumentException when negative
     * @param lateness how late an event may arrive; zero (the default) for in order
     * @return options equal to these but for the lateness
     */
    public WatchOptions withLateness(Duration lateness) {
        Objects.requireNonNull(lateness, "lateness");
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("lateness must not be negative, was " + lateness);
        }
        return new WatchOptions(start, lateness, listener);
    }

    /**
     * {@return the same options telling {@code listener} of each warning as it is raised}
     *
     * @param listener who is told
     */
    public WatchOptions withListener(WarningListener listener) {
        return new WatchOptions(start, lateness, Objects.requireNonNull(listener, "listener"));
    }

    /** {@return the instant the monitor's clock starts at} */
    public Instant start() {
        return start;
    }

    /** {@return how late an event may arrive} */
    public Duration lateness() {
        return lateness;
    }

    /** {@return who is told of warnings and settled months} */
    public WarningListener listener() {
        return listener;
    }
}
