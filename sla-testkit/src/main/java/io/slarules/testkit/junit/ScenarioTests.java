package io.slarules.testkit.junit;

import io.slarules.SlaEngine;
import io.slarules.testkit.scenario.ScenarioFile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.platform.commons.PreconditionViolationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the scenario files of a folder and makes a dynamic test of each. */
final class ScenarioTests {

    private ScenarioTests() {
    }

    static Stream<DynamicNode> of(Class<?> testClass, SlaEngine engine) {
        SlaScenarios annotation = testClass.getAnnotation(SlaScenarios.class);
        if (annotation == null) {
            throw new PreconditionViolationException(testClass.getName() + " runs scenario files: annotate it with"
                    + " @SlaScenarios(\"folder\") to say which");
        }
        Path folder = folder(testClass, annotation.value());
        List<DynamicNode> nodes = nodes(folder, engine);
        if (nodes.isEmpty()) {
            throw new PreconditionViolationException("the scenario folder " + folder + " holds no .yaml or .yml file");
        }
        return nodes.stream();
    }

    /** The folder: a class path resource first, then a path relative to the working directory. */
    static Path folder(Class<?> testClass, String name) {
        URL resource = testClass.getClassLoader().getResource(name);
        if (resource != null && "file".equals(resource.getProtocol())) {
            try {
                Path onClassPath = Path.of(resource.toURI());
                if (Files.isDirectory(onClassPath)) {
                    return onClassPath;
                }
            } catch (URISyntaxException e) {
                // not a usable file URL: try the working directory
            }
        }
        Path relative = Path.of(name);
        if (Files.isDirectory(relative)) {
            return relative.toAbsolutePath();
        }
        throw new PreconditionViolationException("no scenario folder \"" + name + "\": neither a folder on the class path"
                + " (e.g. src/test/resources/" + name + ") nor one under " + Path.of("").toAbsolutePath());
    }

    private static List<DynamicNode> nodes(Path folder, SlaEngine engine) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .<DynamicNode>mapMulti((path, out) -> {
                        if (Files.isDirectory(path)) {
                            List<DynamicNode> inside = nodes(path, engine);
                            if (!inside.isEmpty()) {
                                out.accept(DynamicContainer.dynamicContainer(path.getFileName().toString(),
                                        path.toUri(), inside.stream()));
                            }
                        } else if (isScenario(path)) {
                            out.accept(DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(),
                                    () -> ScenarioFile.read(path).run(engine)));
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario folder " + folder, e);
        }
    }

    private static boolean isScenario(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
