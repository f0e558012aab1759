package io.slarules.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two builds of the library side by side in one JVM, each in a class loader of its own, their rounds alternating
 * on one thread: engine and baseline, the standard month and (optionally) one agreement with many events, timed
 * in thread CPU. On a machine shared with other builds this is the fair before/after comparison: both builds see
 * the same load, round by round. Each class path must hold sla-bench's classes ({@link CpuRound}) and their
 * dependencies.
 *
 * <pre>java -Xms2g -Xmx2g -cp target/classes io.slarules.bench.CpuBeforeAfter BEFORE_CP AFTER_CP [warm-up s, 30]
 *     [rounds, 9] [agreements, 1000] [events, 10000] [evaluations of the events agreement per round, 3]</pre>
 */
public final class CpuBeforeAfter {

    private CpuBeforeAfter() {
    }

    /**
     * Warms both builds up, measures, prints the median per build and variant and the after/before ratios.
     *
     * @param args the two class paths, then warm-up seconds, rounds, agreements, events, evaluations per round
     * @throws Exception when a build cannot be loaded or run
     */
    public static void main(String[] args) throws Exception {
        String[] names = {"before", "after"};
        long warmUp = (args.length > 2 ? Long.parseLong(args[2]) : 30) * 1_000_000_000L;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        int agreements = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        int events = args.length > 5 ? Integer.parseInt(args[5]) : 10_000;
        int times = args.length > 6 ? Integer.parseInt(args[6]) : 3;
        Method[] run = new Method[2];
        Method[] allocated = new Method[2];
        ClassLoader[] loaders = new ClassLoader[2];
        for (int b = 0; b < 2; b++) {
            ClassLoader loader = new URLClassLoader(urls(args[b]), ClassLoader.getPlatformClassLoader());
            loaders[b] = loader;
            Class<?> round = Class.forName("io.slarules.bench.CpuRound", true, loader);
            // Drools finds its services through the context class loader: each build its own
            Thread.currentThread().setContextClassLoader(loader);
            round.getMethod("prepare", int.class, int.class).invoke(null, agreements, events);
            run[b] = round.getMethod("run", String.class, int.class);
            allocated[b] = round.getMethod("lastAllocated");
        }
        List<String> variants = new ArrayList<>(List.of("engine", "baseline"));
        if (events > 0) {
            variants.addAll(List.of("engineEvents", "baselineEvents"));
        }
        long end = System.nanoTime() + warmUp;
        do {
            for (int b = 0; b < 2; b++) {
                Thread.currentThread().setContextClassLoader(loaders[b]);
                for (String v : variants) {
                    run[b].invoke(null, v, 1);
                }
            }
        } while (System.nanoTime() < end);
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        Map<String, List<Double>> bytes = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            // alternate which build goes first, so neither always follows the other's garbage
            for (int k = 0; k < 2; k++) {
                int b = (r + k) % 2;
                Thread.currentThread().setContextClassLoader(loaders[b]);
                for (String v : variants) {
                    int n = v.endsWith("Events") ? (v.startsWith("engine") ? times : times * 10) : agreements;
                    long cpu = (long) run[b].invoke(null, v, n);
                    micros.computeIfAbsent(v + " " + names[b], x -> new ArrayList<>()).add(cpu / 1_000.0 / n);
                    bytes.computeIfAbsent(v + " " + names[b], x -> new ArrayList<>())
                            .add((long) allocated[b].invoke(null) / (double) n);
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String v : variants) {
            for (String name : names) {
                List<Double> sorted = new ArrayList<>(micros.get(v + " " + name));
                Collections.sort(sorted);
                double median = sorted.get(sorted.size() / 2);
                medians.put(v + " " + name, median);
                List<Double> allocations = new ArrayList<>(bytes.get(v + " " + name));
                Collections.sort(allocations);
                System.out.printf(Locale.ROOT, "%-16s %-6s median %10.1f us CPU (%.1f to %.1f, %d rounds), %,.0f bytes"
                                + " allocated%n", v, name, median, sorted.get(0), sorted.get(sorted.size() - 1),
                        sorted.size(), allocations.get(allocations.size() / 2));
            }
        }
        for (String name : names) {
            System.out.printf(Locale.ROOT, "%s: engine / baseline, standard month %.2f%s%n", name,
                    medians.get("engine " + name) / medians.get("baseline " + name),
                    events > 0 ? String.format(Locale.ROOT, "; %d events %.1f", events,
                            medians.get("engineEvents " + name) / medians.get("baselineEvents " + name)) : "");
        }
        for (String v : variants) {
            // each round ran both builds back to back under the same load: the median of the rounds' own ratios
            // is steadier than the ratio of the medians when the load swings between rounds
            List<Double> paired = new ArrayList<>();
            List<Double> after = micros.get(v + " after");
            List<Double> before = micros.get(v + " before");
            for (int r = 0; r < after.size(); r++) {
                paired.add(after.get(r) / before.get(r));
            }
            Collections.sort(paired);
            System.out.printf(Locale.ROOT, "%-16s after / before %.3f (median of the rounds' ratios %.3f, %.3f to %.3f)%n",
                    v, medians.get(v + " after") / medians.get(v + " before"), paired.get(paired.size() / 2),
                    paired.get(0), paired.get(paired.size() - 1));
        }
    }

    private static URL[] urls(String classPath) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
