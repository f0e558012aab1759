package io.slarules.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample agreements and timelines shipped on the class path under {@code samples/}, as paths
 * the file readers can open: files in a build tree, or entries of the examples jar.
 */
final class Samples implements AutoCloseable {

    /** Example A's agreement, the demo. */
    static final String DEMO_AGREEMENT = "northwind-agreement.yaml";
    /** Example A's timeline, the demo. */
    static final String DEMO_TIMELINE = "northwind-timeline.yaml";

    private final Path folder;
    private final FileSystem opened;

    private Samples(Path folder, FileSystem opened) {
        this.folder = folder;
        this.opened = opened;
    }

    /** Opens the samples folder; close it when done with its paths. */
    static Samples open() {
        URL url = Samples.class.getResource("/samples/" + DEMO_AGREEMENT);
        if (url == null) {
            throw new IllegalStateException("SLA Rules: the samples are not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new Samples(Path.of(uri).getParent(), null);
            }
            FileSystem jar;
            FileSystem opened;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = jar;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
                opened = null;
            }
            return new Samples(jar.provider().getPath(uri).getParent(), opened);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("SLA Rules: the samples' location is not a URI: " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("SLA Rules: the samples cannot be opened: " + url, e);
        }
    }

    /** The sample of the given file name. */
    Path path(String name) {
        return folder.resolve(name);
    }

    @Override
    public void close() {
        if (opened != null) {
            try {
                opened.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
