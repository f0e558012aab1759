package io.slarules.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for a batch that runs longer than a few seconds: how many
 * outcomes so far and how long it took. It reads a clock only to decide when to print; nothing it
 * reads reaches the results, and nothing it prints goes to standard output.
 */
final class Progress {

    /** A run shorter than this prints no progress at all. */
    static final long QUIET_NANOS = 3_000_000_000L;
    /** At most one line per this interval. */
    static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final LongSupplier nanos;
    private final long start;
    private long lastPrinted = Long.MIN_VALUE;

    Progress(PrintStream err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    /** A progress line on {@code err}, timed by {@link System#nanoTime()}. */
    static Progress on(PrintStream err) {
        return new Progress(err, System::nanoTime);
    }

    /** Notes the counts so far; prints them when the run is long enough and the last line old enough. */
    void update(long evaluated, long notEvaluated) {
        long now = nanos.getAsLong();
        if (now - start < QUIET_NANOS || (lastPrinted != Long.MIN_VALUE && now - lastPrinted < INTERVAL_NANOS)) {
            return;
        }
        lastPrinted = now;
        print("", evaluated, notEvaluated, now);
    }

    /** The last line, when progress was shown at all. */
    void done(long evaluated, long notEvaluated) {
        if (lastPrinted != Long.MIN_VALUE) {
            print("done: ", evaluated, notEvaluated, nanos.getAsLong());
        }
    }

    private void print(String prefix, long evaluated, long notEvaluated, long now) {
        long tenths = (now - start) / 100_000_000L;
        err.println("sla: " + prefix + (evaluated + notEvaluated) + " requests, " + evaluated + " evaluated, "
                + notEvaluated + " not, in " + tenths / 10 + "." + tenths % 10 + " s");
        err.flush();
    }
}
