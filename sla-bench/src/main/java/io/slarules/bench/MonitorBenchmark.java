package io.slarules.bench;

import io.slarules.SlaEngine;
import io.slarules.watch.Monitor;
import io.slarules.watch.WatchOptions;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Events per second through a monitor watching N agreements ({@link WatchWorkload}): each
 * operation appends {@value #BATCH} events, one second apart and each to the next agreement, then
 * advances the clock past them, so each event costs a look at its agreement (a session through the
 * attribute, measure and warn phases) and whatever warnings it raises. {@link MonitorHeap} reports
 * the heap such a monitor holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MonitorBenchmark {

    /** Events each operation appends. */
    static final int BATCH = 100;

    /** Agreements the monitor watches. */
    @Param({"100000"})
    public int agreements;

    private Monitor monitor;
    private long next;

    /** Builds the engine, the monitor and its agreements (not measured). */
    @Setup
    public void setUp() {
        monitor = SlaEngine.builder().build().monitor(WatchOptions.startingAt(WatchWorkload.START));
        WatchWorkload.watch(monitor, agreements);
        monitor.advanceTo(WatchWorkload.START);   // the first look at each agreement, not measured
        next = 0;
    }

    /** {@value #BATCH} events and the clock after them. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int events() {
        for (int i = 0; i < BATCH; i++) {
            WatchWorkload.append(monitor, agreements, next++);
        }
        return monitor.advanceTo(WatchWorkload.at(next)).size();
    }
}
