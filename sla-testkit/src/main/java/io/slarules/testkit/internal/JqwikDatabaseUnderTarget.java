package io.slarules.testkit.internal;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Keeps jqwik's database of failed tries under the build folder ({@code target/jqwik-database},
 * or {@code build/jqwik-database} in a Gradle project) instead of {@code .jqwik-database} in the
 * user's project root. Registered as a JUnit Platform {@link LauncherSessionListener}: a session
 * opens before any engine reads its configuration, so the system property it sets is what jqwik
 * reads. It sets nothing when {@code jqwik.database} is configured already, as a system property
 * or in the project's own {@code junit-platform.properties}; configuration parameters given to
 * the launcher (surefire's {@code configurationParameters}) win over it anyway.
 *
 * <p>Not API: the test kit ships no {@code junit-platform.properties} of its own, since the JUnit
 * Platform reads only one such file from the class path and would then ignore the user's, or warn
 * that it found two.
 */
public final class JqwikDatabaseUnderTarget implements LauncherSessionListener {

    static final String KEY = "jqwik.database";
    static final String PROPERTIES = "junit-platform.properties";

    /** Creates the listener; the JUnit Platform does, through {@link java.util.ServiceLoader}. */
    public JqwikDatabaseUnderTarget() {
    }

    /**
     * Sets {@code jqwik.database} under the build folder unless it is configured already.
     *
     * @param session the session opened
     */
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!configured(System.getProperty(KEY), loader != null ? loader : getClass().getClassLoader())) {
            System.setProperty(KEY, location(Path.of("")));
        }
    }

    /**
     * Whether the user configured the database: a system property, or the key in the
     * {@code junit-platform.properties} the JUnit Platform reads (the first on the class path).
     */
    static boolean configured(String systemProperty, ClassLoader loader) {
        if (systemProperty != null) {
            return true;
        }
        URL file = loader.getResource(PROPERTIES);
        if (file == null) {
            return false;
        }
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("SLA Rules test kit: cannot read " + file, e);
        }
        return properties.containsKey(KEY);
    }

    /** The database's path relative to the working directory {@code project}: its build folder's. */
    static String location(Path project) {
        boolean gradle = !Files.exists(project.resolve("pom.xml"))
                && (Files.exists(project.resolve("build.gradle")) || Files.exists(project.resolve("build.gradle.kts")));
        return (gradle ? "build" : "target") + "/jqwik-database";
    }
}
