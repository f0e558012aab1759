package io.slarules.bench;

import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Thread CPU time per evaluation of one agreement with N timeline events ({@link Workload#withEvents(int)}), the
 * engine and the baseline alternating in rounds in one JVM on one thread, and the ratio of the engine's time at the
 * largest size to its time at the smallest. The counterpart of {@link CpuPerAgreement} for
 * {@code EventsScalingBenchmark}: on a shared machine CPU time holds still where wall time does not.
 *
 * <pre>java -Xms1g -Xmx1g -cp ... io.slarules.bench.CpuPerEvents [warm-up s, 20] [rounds, 7] [events, 1000,10000]</pre>
 */
public final class CpuPerEvents {

    private CpuPerEvents() {
    }

    /**
     * Warms up, measures, prints the median of the rounds per size and variant.
     *
     * @param args the warm-up in seconds (default 20), the number of rounds (default 7) and the sizes, comma
     *             separated (default 1000,10000)
     */
    public static void main(String[] args) {
        long warmUp = (args.length > 0 ? Long.parseLong(args[0]) : 20) * 1_000_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String[] sizes = (args.length > 2 ? args[2] : "1000,10000").split(",");
        SlaEngine engine = SlaEngine.builder().build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<EvaluationRequest> requests = new ArrayList<>();
        for (String size : sizes) {
            requests.add(Workload.withEvents(Integer.parseInt(size.strip())));
        }
        // about 1 s of engine work per round and size: 1,000 events take some ms, 10,000 some hundred
        int[] repeats = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            long t = threads.getCurrentThreadCpuTime();
            engine(engine, requests.get(i), 1);
            repeats[i] = (int) Math.max(3, Math.min(2_000, 1_000_000_000L / Math.max(1, threads.getCurrentThreadCpuTime() - t)));
        }
        long end = System.nanoTime() + warmUp;
        do {
            for (int i = 0; i < requests.size(); i++) {
                engine(engine, requests.get(i), Math.max(1, repeats[i] / 4));
                baseline(requests.get(i), Math.max(1, repeats[i] / 4));
            }
        } while (System.nanoTime() < end);

        List<List<Double>> engineMs = new ArrayList<>();
        List<List<Double>> baselineMs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            engineMs.add(new ArrayList<>());
            baselineMs.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < requests.size(); i++) {
                long t = threads.getCurrentThreadCpuTime();
                engine(engine, requests.get(i), repeats[i]);
                long u = threads.getCurrentThreadCpuTime();
                baseline(requests.get(i), repeats[i] * 4);
                long v = threads.getCurrentThreadCpuTime();
                engineMs.get(i).add((u - t) / 1e6 / repeats[i]);
                baselineMs.get(i).add((v - u) / 1e6 / (repeats[i] * 4));
            }
        }
        double first = 0;
        for (int i = 0; i < requests.size(); i++) {
            double e = median(engineMs.get(i));
            double b = median(baselineMs.get(i));
            if (i == 0) {
                first = e;
            }
            System.out.printf(Locale.ROOT, "%6s events: engine median %9.3f ms CPU (%.3f to %.3f), baseline %8.4f ms,"
                            + " engine / baseline %.1f, engine / engine at %s events %.1f (%d rounds of %d)%n",
                    sizes[i].strip(), e, Collections.min(engineMs.get(i)), Collections.max(engineMs.get(i)), b, e / b,
                    sizes[0].strip(), e / first, rounds, repeats[i]);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void engine(SlaEngine engine, EvaluationRequest r, int times) {
        for (int k = 0; k < times; k++) {
            engine.evaluate(r.agreement(), r.period(), r.timeline(), r.history());
        }
    }

    private static void baseline(EvaluationRequest r, int times) {
        for (int k = 0; k < times; k++) {
            Baseline.evaluate(r);
        }
    }
}
