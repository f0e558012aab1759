package io.slarules.bench;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Batch throughput on the standard month, in agreements per second: the engine through
 * {@code evaluateAll} and the hand-written baseline, on one thread and on every core, in the same
 * run. Each invocation evaluates {@value Samples#STANDARD} distinct agreements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// on 2 cores the JIT competes with the workers: the engine on every core needs a long warm-up
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 3, time = 10)
public class ThroughputBenchmark {

    /** Threads: {@code 1}, or {@code all} available processors. */
    @Param({"1", "all"})
    public String threads;

    private List<EvaluationRequest> batch;
    private SlaEngine engine;
    private BatchOptions options;
    private ForkJoinPool pool;

    @Setup
    public void setUp() {
        batch = Samples.standard();
        engine = SlaEngine.builder().build();
        int n = Samples.threads(threads);
        options = BatchOptions.defaults().withParallelism(n);
        pool = new ForkJoinPool(n);
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    /** The engine: every request through {@code evaluateAll}, outcomes consumed in order. */
    @Benchmark
    @OperationsPerInvocation(Samples.STANDARD)
    public long engine() {
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(batch.stream(), options)) {
            return outcomes.mapToLong(o -> o.evaluation().orElseThrow().penalties().size()).sum();
        }
    }

    /** The baseline: a plain loop on one thread, a parallel stream on a pool of the same size otherwise. */
    @Benchmark
    @OperationsPerInvocation(Samples.STANDARD)
    public long baseline() {
        if (options.parallelism() == 1) {
            long penalties = 0;
            for (EvaluationRequest request : batch) {
                penalties += Baseline.evaluate(request).penalties().size();
            }
            return penalties;
        }
        return pool.submit(() -> batch.parallelStream().mapToLong(r -> Baseline.evaluate(r).penalties().size()).sum())
                .join();
    }
}
