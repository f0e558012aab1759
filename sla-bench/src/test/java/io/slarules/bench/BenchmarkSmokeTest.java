package io.slarules.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark runs once, in this JVM, on tiny sizes, so a broken benchmark fails the build. No
 * measurement: no fork, no warm-up, one short iteration; nothing here asserts a time.
 */
class BenchmarkSmokeTest {

    @Test
    void everyJmhBenchmarkRunsOnceOnTinySizes() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("io\\.slarules\\.bench\\..*Benchmark\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("threads", "all")
                .param("events", "10")
                .param("agreements", "200")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replace("io.slarules.bench.", ""))
                .containsExactlyInAnyOrder(
                        "AgreementsScalingBenchmark.baseline", "AgreementsScalingBenchmark.engine",
                        "EventsScalingBenchmark.baseline", "EventsScalingBenchmark.engine",
                        "LatencyBenchmark.baseline", "LatencyBenchmark.engine", "MonitorBenchmark.events",
                        "ThroughputBenchmark.baseline", "ThroughputBenchmark.engine");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
    }

    @Test
    void theHeapMainStreamsAgreementsAndReportsTheHeap() {
        String out = runMain(() -> HeapAfterStreaming.main(new String[] {"300"}));

        assertThat(out).contains("streamed 300 agreements", "0 failures", "heap: max");
    }

    @Test
    void theMonitorHeapMainStreamsEventsAndReportsTheHeap() {
        String out = runMain(() -> MonitorHeap.main(new String[] {"50", "4"}));

        assertThat(out).contains("watched 50 agreements", "streamed 200 events", "held by the monitor");
    }

    @Test
    void theCpuMainMeasuresEngineAndBaselineSideBySide() {
        String out = runMain(() -> CpuPerAgreement.main(new String[] {"0", "1", "5"}));

        assertThat(out).contains("engine, standard month", "engine, deadlines only", "baseline, standard month",
                "us CPU per agreement");
    }

    @Test
    void theColdStartMainPrintsTheFirstDecision() {
        String out = runMain(() -> FirstDecision.main(new String[0]));

        assertThat(out).startsWith("PD-").contains(" owes ", "first decision", "after the JVM started");
    }

    private static String runMain(Runnable main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
