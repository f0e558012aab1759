package io.slarules.bench;

import io.slarules.Evaluation;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One agreement with more and more timeline events (a tenth of them obligations, the rest blocked
 * intervals, fulfilments and force majeure; see {@link Workload#withEvents(int)}), evaluated as a
 * whole: the time should grow close to linearly, and 10,000 events should take under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
public class EventsScalingBenchmark {

    /** Timeline events in the agreement. */
    @Param({"10", "100", "1000", "10000"})
    public int events;

    private EvaluationRequest request;
    private SlaEngine engine;

    @Setup
    public void setUp() {
        request = Workload.withEvents(events);
        engine = SlaEngine.builder().build();
    }

    /** The engine. */
    @Benchmark
    public Evaluation engine() {
        return engine.evaluate(request.agreement(), request.period(), request.timeline(), request.history());
    }

    /** The baseline. */
    @Benchmark
    public Decisions baseline() {
        return Baseline.evaluate(request);
    }
}
