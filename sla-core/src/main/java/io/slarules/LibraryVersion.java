package io.slarules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this library, which rule packs state they support. Read once from the jar.
 */
public final class LibraryVersion {

    private static final String RESOURCE = "/io/slarules/library.properties";
    private static final String CURRENT = load();

    private LibraryVersion() {
    }

    /**
     * This library's version, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version this jar was built as
     */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SLA Rules: " + RESOURCE + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("SLA Rules: " + RESOURCE + " was not filled in by the build");
            }
            return version.strip();
        } catch (IOException e) {
            throw new IllegalStateException("SLA Rules: cannot read " + RESOURCE, e);
        }
    }
}
