package io.slarules.cli;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.model.time.DateRange;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The sample agreements and timelines shipped on the class path under {@code samples/}, as paths
 * the file readers can open: files in a build tree, or entries of the examples jar.
 */
final class Samples implements AutoCloseable {

    /** Example A's agreement, the demo. */
    static final String DEMO_AGREEMENT = "northwind-agreement.yaml";
    /** Example A's timeline, the demo. */
    static final String DEMO_TIMELINE = "northwind-timeline.yaml";
    /** Example G's agreement, the demo's service levels. */
    static final String DEMO_SERVICE_AGREEMENT = "availability-agreement.yaml";
    /** Example G's timeline. */
    static final String DEMO_SERVICE_TIMELINE = "availability-timeline.yaml";
    /** The month example G settles. */
    static final YearMonth DEMO_SERVICE_MONTH = YearMonth.of(2026, 4);
    /** The line between the demo's two evaluations in text. */
    static final String DEMO_SERVICE_HEADING = "=== Example G: service levels (availability), April 2026 ===";

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

    /**
     * {@code sla demo}: example A (deadlines) over its whole effective period, then example G
     * (availability and a service credit) for April 2026. In text, the two explanations with a
     * heading line between them; in JSON, two documents one after the other.
     */
    static void demo(SlaEngine engine, Format format, PrintStream out) {
        try (Samples samples = open()) {
            Evaluation deadlines = Evaluator.evaluate(engine, samples.path(DEMO_AGREEMENT), samples.path(DEMO_TIMELINE),
                    Optional.empty(), Optional.empty());
            Evaluation serviceLevels = Evaluator.evaluate(engine, samples.path(DEMO_SERVICE_AGREEMENT),
                    samples.path(DEMO_SERVICE_TIMELINE), Optional.empty(), Optional.of(DateRange.ofMonth(DEMO_SERVICE_MONTH)));
            format.write(deadlines, out);
            if (format == Format.TEXT) {
                out.println();
                out.println(DEMO_SERVICE_HEADING);
                out.println();
            }
            format.write(serviceLevels, out);
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
