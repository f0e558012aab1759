package io.slarules.bench;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;

import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Streams N distinct agreements of the standard month, generated as they are pulled, through
 * {@code evaluateAll} on every core and reports the heap: run it with {@code -Xmx256m} to check that
 * memory stays bounded whatever N.
 *
 * <pre>{@code java -Xmx256m -cp ... io.slarules.bench.HeapAfterStreaming 1000000}</pre>
 */
public final class HeapAfterStreaming {

    private static final long MB = 1024 * 1024;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private HeapAfterStreaming() {
    }

    /**
     * Runs the stream.
     *
     * @param args the number of agreements (default 1,000,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int progress = Math.max(1, n / 10);
        SlaEngine engine = SlaEngine.builder().build();
        long start = System.nanoTime();
        long penalties = 0;
        long failures = 0;
        long count = 0;
        long maxLiveAfterGc = 0;
        Stream<EvaluationRequest> requests = IntStream.range(0, n).mapToObj(Workload::standard);
        BatchOptions options = BatchOptions.defaults().withOnFailure(BatchOptions.OnFailure.CONTINUE);
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests, options)) {
            Iterator<EvaluationOutcome> it = outcomes.iterator();
            while (it.hasNext()) {
                EvaluationOutcome outcome = it.next();
                if (outcome.isEvaluated()) {
                    penalties += outcome.evaluation().orElseThrow().penalties().size();
                } else {
                    failures++;
                }
                if (++count % progress == 0) {
                    long live = usedAfterLastGc();
                    maxLiveAfterGc = Math.max(maxLiveAfterGc, live);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%,d agreements, %.1f s, %,.0f/s, heap used %d MB, live after the last GC %d MB%n",
                            count, seconds, count / seconds, used() / MB, live / MB);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "streamed %,d agreements in %.1f s (%,.0f/s) on %d threads: %,d penalties, %,d failures%n",
                count, seconds, count / seconds, options.parallelism(), penalties, failures);
        System.out.printf(Locale.ROOT, "heap: max %d MB; peak used (sum of pool peaks, garbage included) %d MB; live after a GC "
                        + "at most %d MB at the progress points; %d MB after a full GC at the end%n",
                Runtime.getRuntime().maxMemory() / MB, peak / MB, maxLiveAfterGc / MB, used() / MB);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap in use right after the most recent collection: the live data, roughly. */
    private static long usedAfterLastGc() {
        long latestEnd = -1;
        long used = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            GcInfo last = collector instanceof com.sun.management.GarbageCollectorMXBean info ? info.getLastGcInfo()
                    : null;
            if (last != null && last.getEndTime() > latestEnd) {
                latestEnd = last.getEndTime();
                used = last.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> HEAP_POOLS.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
            }
        }
        return used;
    }
}
