package io.slarules.rules.internal;

import java.util.concurrent.TimeUnit;

/**
 * What the runaway test pack's rules call: a busy loop that ignores interruption (bounded so a
 * failed test cannot leave it spinning: until {@link #release()} or a minute), a sleep, a failure.
 */
public final class Runaway {

    private static volatile long generation;

    private Runaway() {
    }

    /** Ends every busy loop running now. */
    public static void release() {
        generation++;
    }

    /** Spins, deaf to interruption, until released or a minute has passed; true. */
    public static boolean spin() {
        long mine = generation;
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (generation == mine && System.nanoTime() < end) {
            // deaf to interruption like a busy loop, but gentle on a shared machine's cores
            java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
        return true;
    }

    /** Sleeps a minute; an interruption ends it with an exception. */
    public static boolean sleep() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return true;
    }

    /** Always fails. */
    public static boolean fails(String id) {
        throw new IllegalArgumentException("cannot judge " + id);
    }
}
