package io.slarules.testkit.internal;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fails the test run, with one failing test that says why, when the JUnit Platform launcher that
 * runs the tests is of another line than the JUnit jars the test kit brings. Maven Surefire
 * 2.22.x up to 3.0.0-M3 run their own old launcher: JUnit Jupiter then cannot run at all, jqwik
 * still can, and the build passes with the contract tests never run. With an aligned launcher
 * (Surefire 3.0.0-M4 or later, Gradle, IDEs) it discovers nothing and is not seen.
 *
 * <p>Not API. It is a test engine because an engine is all an old launcher still runs; it uses
 * only what the JUnit Platform 1.3 had.
 */
public final class PlatformVersionGuard implements TestEngine {

    static final String ID = "sla-rules-testkit-guard";

    /** Creates the engine; the JUnit Platform does, through {@link java.util.ServiceLoader}. */
    public PlatformVersionGuard() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "SLA Rules test kit: JUnit Platform versions");
        problem(versions()).ifPresent(message -> engine.addChild(new Misaligned(uniqueId.append("check", "versions"),
                message)));
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor engine = request.getRootTestDescriptor();
        EngineExecutionListener listener = request.getEngineExecutionListener();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            listener.executionStarted(child);
            listener.executionFinished(child, TestExecutionResult.failed(
                    new AssertionError(((Misaligned) child).message)));
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /** The versions of the jars that must be of one line, by name; those unknown left out. */
    static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        version("org.junit.platform.launcher.Launcher").ifPresent(v -> versions.put("junit-platform-launcher", v));
        version("org.junit.platform.engine.TestEngine").ifPresent(v -> versions.put("junit-platform-engine", v));
        version("org.junit.jupiter.engine.JupiterTestEngine").ifPresent(v -> versions.put("junit-jupiter-engine", v));
        return versions;
    }

    /**
     * What is wrong with these versions, if anything: the launcher's line (1.14 for Platform
     * 1.14.x; Jupiter 5.14.x belongs to it too; 6.0 for JUnit 6.0.x) differs from another jar's.
     */
    static Optional<String> problem(Map<String, String> versions) {
        String launcher = versions.get("junit-platform-launcher");
        if (launcher == null || line(launcher).isEmpty()) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        versions.forEach((jar, version) -> {
            if (!jar.equals("junit-platform-launcher") && line(version).isPresent()
                    && !line(version).equals(line(launcher))) {
                others.add(jar + " " + version);
            }
        });
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("SLA Rules test kit: the tests run on JUnit Platform launcher " + launcher + ", but the"
                + " test class path has " + String.join(", ", others) + ". JUnit Jupiter cannot run on that launcher,"
                + " so your contract tests did not run. With Maven, use maven-surefire-plugin (and"
                + " maven-failsafe-plugin) 3.0.0-M4 or later: older ones run a launcher of their own; 3.x aligns it"
                + " with the JUnit on your test class path.");
    }

    /** {@code 1.14} for 1.14.1, {@code 1.14} for Jupiter 5.14.1, {@code 6.0} for 6.0.3. */
    static Optional<String> line(String version) {
        String[] parts = version.split("\\.");
        if (parts.length < 2 || !parts[0].chars().allMatch(Character::isDigit)
                || !parts[1].chars().allMatch(Character::isDigit) || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String major = parts[0].equals("5") ? "1" : parts[0];
        return Optional.of(major + "." + parts[1]);
    }

    private static Optional<String> version(String className) {
        try {
            Package p = Class.forName(className, false, PlatformVersionGuard.class.getClassLoader()).getPackage();
            return Optional.ofNullable(p == null ? null : p.getImplementationVersion());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The one failing test. */
    private static final class Misaligned extends AbstractTestDescriptor {
        private final String message;

        Misaligned(UniqueId id, String message) {
            super(id, "JUnit Platform launcher matches the JUnit on the test class path");
            this.message = message;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
