package io.slarules.spark;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.RulePack;
import io.slarules.SlaEngine;
import io.slarules.spi.RulePackProvider;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engines of this JVM, one per distinct {@link EngineSettings}: built by the first task that
 * needs it (the others wait for it), then shared by every task and partition the JVM runs. An
 * engine is immutable and thread-safe, so sharing it is what {@link SlaEngine} is built for.
 */
final class ExecutorEngines {

    private static final ConcurrentMap<EngineSettings, SlaEngine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private ExecutorEngines() {
    }

    /** The engine of the settings, built on first use in this JVM. */
    static SlaEngine engine(EngineSettings settings) {
        return ENGINES.computeIfAbsent(settings, ExecutorEngines::build);
    }

    /** How many engines this JVM has built. */
    static int built() {
        return BUILT.get();
    }

    private static SlaEngine build(EngineSettings settings) {
        SlaEngine.Builder builder = SlaEngine.builder().maxRuleFirings(settings.maxRuleFirings());
        if (settings.discoverRulePacks()) {
            builder.discoverRulePacks();
        }
        rulePacks(settings.rulePackPaths()).forEach(builder::rulePack);
        SlaEngine engine = builder.build();
        BUILT.incrementAndGet();
        return engine;
    }

    /**
     * The packs registered by the jars or folders, in order.
     *
     * @throws InvalidInputException naming each path that is not a pack, and why
     */
    static List<RulePack> rulePacks(List<String> paths) {
        List<RulePack> packs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String text : paths) {
            Path path = Path.of(text);
            if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
                problems.add(Problem.at(text, "", "rule pack: no such jar or folder"));
                continue;
            }
            URLClassLoader loader = new URLClassLoader("rule pack " + path.getFileName(), new URL[] {url(path)},
                    ExecutorEngines.class.getClassLoader());
            List<RulePack> found = ServiceLoader.load(RulePackProvider.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .map(p -> p.get().rulePack()).toList();
            if (found.isEmpty()) {
                problems.add(Problem.at(text, "", "rule pack: registers no " + RulePackProvider.class.getName()
                        + " in META-INF/services (a kjar built as the examples' packs are does)"));
            }
            packs.addAll(found);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        return packs;
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("SLA Rules: a path without a URL: " + path, e);
        }
    }
}
