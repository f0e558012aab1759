package io.slarules.testkit.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

class JqwikDatabaseUnderTargetTest {

    @TempDir
    Path folder;

    @Test
    void aSystemPropertyIsTheUsersChoice() {
        assertThat(JqwikDatabaseUnderTarget.configured("db/jqwik", new URLClassLoader(new URL[0], null))).isTrue();
    }

    @Test
    void theProjectsOwnPropertiesFileIsTheUsersChoiceWhenItNamesTheDatabase() throws IOException {
        Path withKey = Files.createDirectories(folder.resolve("with"));
        Files.writeString(withKey.resolve("junit-platform.properties"), "jqwik.database = build/db\n");
        Path withoutKey = Files.createDirectories(folder.resolve("without"));
        Files.writeString(withoutKey.resolve("junit-platform.properties"), "jqwik.tries.default = 50\n");

        assertThat(JqwikDatabaseUnderTarget.configured(null, loaderOf(withKey))).isTrue();
        assertThat(JqwikDatabaseUnderTarget.configured(null, loaderOf(withoutKey))).isFalse();
        assertThat(JqwikDatabaseUnderTarget.configured(null, new URLClassLoader(new URL[0], null))).isFalse();
    }

    @Test
    void theDatabaseGoesToTheBuildFolderOfMavenOrGradle() throws IOException {
        Path maven = Files.createDirectories(folder.resolve("maven"));
        Files.writeString(maven.resolve("pom.xml"), "<project/>");
        Path gradle = Files.createDirectories(folder.resolve("gradle"));
        Files.writeString(gradle.resolve("build.gradle.kts"), "");

        assertThat(JqwikDatabaseUnderTarget.location(maven)).isEqualTo("target/jqwik-database");
        assertThat(JqwikDatabaseUnderTarget.location(gradle)).isEqualTo("build/jqwik-database");
        assertThat(JqwikDatabaseUnderTarget.location(folder)).isEqualTo("target/jqwik-database");
    }

    /**
     * The whole way, in a project without any configuration: the launcher finds the listener
     * through the service file the jar ships, the listener sets the property before jqwik reads
     * it, and jqwik writes its database under target/, not into the project's root.
     */
    @Test
    void aProjectWithoutConfigurationGetsItsDatabaseUnderTarget() throws IOException {
        Path root = Path.of(".jqwik-database");
        Files.deleteIfExists(root);
        Path underTarget = Path.of("target", "jqwik-database");
        Files.deleteIfExists(underTarget);
        String before = System.clearProperty(JqwikDatabaseUnderTarget.KEY);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        // this module's own test resources configure jqwik: hide them, as in a project that configures nothing
        thread.setContextClassLoader(new HidingProperties(original));
        try {
            LauncherFactory.create().execute(request().selectors(selectClass(JqwikDatabaseProbe.class)).build());

            assertThat(System.getProperty(JqwikDatabaseUnderTarget.KEY)).isEqualTo("target/jqwik-database");
            assertThat(underTarget).exists();
            assertThat(root).doesNotExist();
        } finally {
            thread.setContextClassLoader(original);
            if (before == null) {
                System.clearProperty(JqwikDatabaseUnderTarget.KEY);
            } else {
                System.setProperty(JqwikDatabaseUnderTarget.KEY, before);
            }
        }
    }

    private static ClassLoader loaderOf(Path folder) throws IOException {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
    }

    /** The class path without any junit-platform.properties. */
    private static final class HidingProperties extends ClassLoader {
        HidingProperties(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return JqwikDatabaseUnderTarget.PROPERTIES.equals(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return JqwikDatabaseUnderTarget.PROPERTIES.equals(name) ? Collections.emptyEnumeration()
                    : super.getResources(name);
        }
    }
}
