package io.slarules.bench;

import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * One round of work timed in thread CPU, for {@link CpuBeforeAfter}, which loads this class once per build
 * compared (each in a class loader of its own) and calls it by reflection; so it takes and returns only JDK
 * types. Not thread-safe: one thread calls it.
 */
public final class CpuRound {

    private static List<EvaluationRequest> month;
    private static EvaluationRequest events;
    private static SlaEngine engine;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long allocated;

    private CpuRound() {
    }

    /**
     * Generates the work and builds the engine.
     *
     * @param agreements agreements of the standard month in a round
     * @param eventCount events of the one large agreement ({@link Workload#withEvents(int)}), 0 for none
     */
    public static void prepare(int agreements, int eventCount) {
        month = Workload.standardSample(agreements);
        events = eventCount > 0 ? Workload.withEvents(eventCount) : null;
        engine = SlaEngine.builder().build();
    }

    /**
     * Runs one round.
     *
     * @param what {@code engine}, {@code baseline}, {@code engineEvents} or {@code baselineEvents}
     * @param times how often the large agreement is evaluated (the month is evaluated once, whole)
     * @return thread CPU nanoseconds the round took
     */
    public static long run(String what, int times) {
        long bytes = allocatedBytes();
        long t = THREADS.getCurrentThreadCpuTime();
        switch (what) {
            case "engine" -> month.forEach(r -> engine.evaluate(r.agreement(), r.period(), r.timeline(), r.history()));
            case "baseline" -> month.forEach(Baseline::evaluate);
            case "engineEvents" -> {
                for (int i = 0; i < times; i++) {
                    engine.evaluate(events.agreement(), events.period(), events.timeline(), events.history());
                }
            }
            case "baselineEvents" -> {
                for (int i = 0; i < times; i++) {
                    Baseline.evaluate(events);
                }
            }
            default -> throw new IllegalArgumentException("unknown round " + what);
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - t;
        allocated = allocatedBytes() - bytes;
        return cpu;
    }

    /**
     * {@return the bytes the last round allocated on this thread, -1 when the JVM does not count them}
     */
    public static long lastAllocated() {
        return allocated < 0 ? -1 : allocated;
    }

    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean counting
                ? counting.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
    }
}
