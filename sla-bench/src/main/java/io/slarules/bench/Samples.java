package io.slarules.bench;

import io.slarules.EvaluationRequest;

import java.util.List;

/**
 * Requests generated once per JVM and shared by the benchmarks, so that they measure evaluation,
 * not generation.
 */
final class Samples {

    /** How many distinct agreements of the standard month the throughput benchmarks cycle through. */
    static final int STANDARD = 2_000;

    private Samples() {
    }

    /** The first {@link #STANDARD} requests of the standard month. */
    static List<EvaluationRequest> standard() {
        return Standard.REQUESTS;
    }

    /** Parses a thread count: a number, or {@code all} for every available processor. */
    static int threads(String threads) {
        return "all".equals(threads) ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
    }

    private static final class Standard {
        static final List<EvaluationRequest> REQUESTS = Workload.standardSample(STANDARD);
    }
}
