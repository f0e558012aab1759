package io.slarules.bench;

import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.Timeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thread CPU time per agreement of the standard month, the engine and the baseline alternating in
 * rounds of 1,000 agreements in one JVM on one thread, and the engine on the deadline part alone
 * (service levels stripped). On a shared machine whose load changes from minute to minute, CPU time
 * measured side by side holds still where throughput measured minutes apart does not.
 *
 * <pre>java -Xms1g -Xmx1g -cp ... io.slarules.bench.CpuPerAgreement [warm-up s, 20] [rounds, 7] [agreements, 1000]</pre>
 */
public final class CpuPerAgreement {

    private CpuPerAgreement() {
    }

    /**
     * Warms up, measures, prints the median of the rounds per variant.
     *
     * @param args the warm-up in seconds (default 20), the number of rounds (default 7) and of agreements in a
     *             round (default 1,000)
     */
    public static void main(String[] args) {
        long warmUp = (args.length > 0 ? Long.parseLong(args[0]) : 20) * 1_000_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int agreements = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        List<EvaluationRequest> month = Workload.standardSample(agreements);
        List<EvaluationRequest> deadlines = month.stream().map(CpuPerAgreement::deadlinesOnly).toList();
        SlaEngine engine = SlaEngine.builder().build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long end = System.nanoTime() + warmUp;
        do {
            engine(engine, month);
            engine(engine, deadlines);
            baseline(month);
        } while (System.nanoTime() < end);

        Map<String, List<Double>> micros = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            long t = threads.getCurrentThreadCpuTime();
            engine(engine, month);
            t = record(micros, "engine, standard month", threads, t, agreements);
            engine(engine, deadlines);
            t = record(micros, "engine, deadlines only", threads, t, agreements);
            baseline(month);
            record(micros, "baseline, standard month", threads, t, agreements);
        }
        micros.forEach((name, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "%-26s median %8.1f us CPU per agreement (%.1f to %.1f, %d rounds)%n",
                    name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
        });
    }

    private static long record(Map<String, List<Double>> micros, String name, ThreadMXBean threads, long since,
                               int agreements) {
        long now = threads.getCurrentThreadCpuTime();
        micros.computeIfAbsent(name, k -> new ArrayList<>()).add((now - since) / 1_000.0 / agreements);
        return threads.getCurrentThreadCpuTime();
    }

    private static void engine(SlaEngine engine, List<EvaluationRequest> requests) {
        for (EvaluationRequest r : requests) {
            engine.evaluate(r.agreement(), r.period(), r.timeline(), r.history());
        }
    }

    private static void baseline(List<EvaluationRequest> requests) {
        for (EvaluationRequest r : requests) {
            Baseline.evaluate(r);
        }
    }

    /** The request without its service levels, outages and cases. */
    private static EvaluationRequest deadlinesOnly(EvaluationRequest r) {
        Agreement a = r.agreement();
        Agreement deadlines = new Agreement(a.id(), a.kind(), a.parties(), a.zone(), a.currency(), a.effective(),
                a.holidays(), a.moneyRounding(), a.obligations(), a.penalties(), ServiceLevels.NONE, a.amendments(),
                a.concurrentDelay(), a.forceMajeureClauses());
        Timeline timeline = Timeline.of(r.timeline().events().stream()
                .filter(e -> !(e instanceof Outage) && !(e instanceof CaseEvent)).toList());
        return new EvaluationRequest(deadlines, r.period(), timeline, History.empty());
    }
}
