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
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A whole batch of N agreements streamed through {@code evaluateAll} on every core, timed once per
 * iteration: the time should grow linearly with N. The requests cycle through
 * {@value Samples#STANDARD} standard-month agreements, so generation is not measured; memory is
 * the engine's alone (see {@link HeapAfterStreaming} for the heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AgreementsScalingBenchmark {

    /** Agreements in the batch. */
    @Param({"10000", "100000", "1000000"})
    public int agreements;

    private List<EvaluationRequest> pool;
    private SlaEngine engine;
    private ForkJoinPool threads;

    @Setup
    public void setUp() {
        pool = Samples.standard();
        engine = SlaEngine.builder().build();
        threads = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    @TearDown
    public void tearDown() {
        threads.shutdown();
    }

    private Stream<EvaluationRequest> requests() {
        return IntStream.range(0, agreements).mapToObj(i -> pool.get(i % pool.size()));
    }

    /** The engine. */
    @Benchmark
    public long engine() {
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests(), BatchOptions.defaults())) {
            return outcomes.mapToLong(o -> o.evaluation().orElseThrow().penalties().size()).sum();
        }
    }

    /** The baseline, on a pool of the same size. */
    @Benchmark
    public long baseline() {
        return threads.submit(() -> requests().parallel().mapToLong(r -> Baseline.evaluate(r).penalties().size()).sum())
                .join();
    }
}
