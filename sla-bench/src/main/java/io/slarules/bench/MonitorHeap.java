package io.slarules.bench;

import io.slarules.SlaEngine;
import io.slarules.watch.Monitor;
import io.slarules.watch.WatchOptions;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap a monitor holds: N agreements watched ({@link WatchWorkload}), then E events each
 * streamed through it, the heap measured after a full collection before and after.
 *
 * <pre>{@code java -Xmx2g -cp ... io.slarules.bench.MonitorHeap 100000 8}</pre>
 */
public final class MonitorHeap {

    private static final double MB = 1024 * 1024;

    private MonitorHeap() {
    }

    /**
     * Runs it.
     *
     * @param args agreements (default 100,000) and events per agreement (default 8)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perAgreement = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        SlaEngine engine = SlaEngine.builder().build();
        long empty = usedAfterGc();
        Monitor monitor = engine.monitor(WatchOptions.startingAt(WatchWorkload.START));
        long t0 = System.nanoTime();
        WatchWorkload.watch(monitor, n);
        monitor.advanceTo(WatchWorkload.START);
        long watched = usedAfterGc();
        long t1 = System.nanoTime();
        long events = (long) n * perAgreement;
        for (long e = 0; e < events; e++) {
            WatchWorkload.append(monitor, n, e);
        }
        int raised = monitor.advanceTo(WatchWorkload.at(events)).size();
        long t2 = System.nanoTime();
        long full = usedAfterGc();
        System.out.printf("watched %d agreements in %.1f s; heap %.1f MB, %.0f bytes an agreement%n", n,
                (t1 - t0) / 1e9, (watched - empty) / MB, (double) (watched - empty) / n);
        System.out.printf("streamed %d events (%d an agreement) in %.1f s: %.0f events/s; %d warnings, the last %d now%n",
                events, perAgreement, (t2 - t1) / 1e9, events / ((t2 - t1) / 1e9), monitor.warnings(
                        WatchWorkload.at(events)).size(), raised);
        System.out.printf("heap: %.1f MB held by the monitor, %.0f bytes an agreement%n", (full - empty) / MB,
                (double) (full - empty) / n);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
