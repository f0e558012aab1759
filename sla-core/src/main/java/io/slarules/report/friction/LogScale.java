package io.slarules.report.friction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic scale of durations onto a bar area of a given width, for the friction report's bar
 * chart: the longest duration spans the whole area, the shortest non-zero one starts a decade-ish
 * step above zero, so both stay readable; zero has no bar. Ticks at round durations (1 min, 15 min,
 * 1 h, 1 d, 7 d, ...) label it.
 */
final class LogScale {

    /** Round durations, in seconds, with their labels: the candidates for ticks and the scale's floor. */
    private static final long[] TICKS = {1, 10, 60, 5 * 60, 15 * 60, 3_600, 4 * 3_600, 86_400, 7 * 86_400,
            30 * 86_400, 365 * 86_400, 3_650L * 86_400};
    private static final String[] LABELS = {"1s", "10s", "1m", "5m", "15m", "1h", "4h", "1d", "7d", "30d", "365d",
            "3650d"};
    /** The narrowest bar of a non-zero duration, in pixels: always visible. */
    static final double MIN_BAR = 3;
    /** The least distance between two labelled ticks, in pixels. */
    static final double MIN_TICK_GAP = 26;

    /**
     * A labelled round duration on the scale.
     *
     * @param label e.g. {@code 1h}
     * @param at    its distance from the start of the bar area, in pixels
     */
    record Tick(String label, double at) {
    }

    private final double floor;
    private final double top;
    private final double area;
    private final List<Tick> ticks;

    private LogScale(double floor, double top, double area, List<Tick> ticks) {
        this.floor = floor;
        this.top = top;
        this.area = area;
        this.ticks = List.copyOf(ticks);
    }

    /** The scale of these durations on {@code area} pixels; without a non-zero one, every width is 0. */
    static LogScale of(List<Duration> lengths, double area) {
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (Duration length : lengths) {
            double seconds = length.toMillis() / 1000.0;
            if (seconds > 0) {
                smallest = Math.min(smallest, seconds);
                largest = Math.max(largest, seconds);
            }
        }
        if (largest == 0) {
            return new LogScale(1, 1, area, List.of());
        }
        // the floor is the round duration below the shortest bar, so that bar keeps some length
        double floor = smallest / 10;
        for (long tick : TICKS) {
            if (tick < smallest) {
                floor = tick;
            }
        }
        LogScale scale = new LogScale(floor, largest, area, List.of());
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < TICKS.length; i++) {
            double at = scale.position(TICKS[i]);
            // a tick too close to the one before would print its label over it
            if (TICKS[i] >= floor && TICKS[i] <= largest
                    && (ticks.isEmpty() || at - ticks.get(ticks.size() - 1).at() >= MIN_TICK_GAP)) {
                ticks.add(new Tick(LABELS[i], at));
            }
        }
        return new LogScale(floor, largest, area, ticks);
    }

    /** The bar's width in pixels: 0 for zero, at least {@link #MIN_BAR} otherwise, the whole area for the longest. */
    double width(Duration length) {
        double seconds = length.toMillis() / 1000.0;
        if (seconds <= 0) {
            return 0;
        }
        return Math.max(MIN_BAR, position(seconds));
    }

    /** The labelled round durations between the floor and the longest duration, in increasing order. */
    List<Tick> ticks() {
        return ticks;
    }

    private double position(double seconds) {
        if (top <= floor) {
            return area;
        }
        return area * Math.log(seconds / floor) / Math.log(top / floor);
    }
}
