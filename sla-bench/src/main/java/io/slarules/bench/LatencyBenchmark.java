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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The latency of one evaluation of a standard-month agreement (about 10 obligations, 12 events),
 * sampled, so the percentiles show the spread; each call takes the next of
 * {@value Samples#STANDARD} distinct agreements.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
public class LatencyBenchmark {

    private List<EvaluationRequest> requests;
    private SlaEngine engine;
    private int next;

    @Setup
    public void setUp() {
        requests = Samples.standard();
        engine = SlaEngine.builder().build();
    }

    private EvaluationRequest next() {
        EvaluationRequest request = requests.get(next);
        next = next + 1 == requests.size() ? 0 : next + 1;
        return request;
    }

    /** One evaluation by the engine, explanation included. */
    @Benchmark
    public Evaluation engine() {
        EvaluationRequest r = next();
        return engine.evaluate(r.agreement(), r.period(), r.timeline(), r.history());
    }

    /** The same decisions by the baseline. */
    @Benchmark
    public Decisions baseline() {
        return Baseline.evaluate(next());
    }
}
