package io.slarules.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The examples module's sample files, as the request rows a billing system would have. */
final class Samples {

    static final Path FOLDER = Path.of("../examples/src/main/resources/samples");

    private Samples() {
    }

    static String text(String file) {
        try {
            return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request row of {@link SparkSchemas#REQUESTS}. */
    static Row request(String request, String agreement, String timeline, String period, String history,
                       String subscription) {
        return RowFactory.create(request, agreement, timeline, period, history, subscription, null);
    }

    /** Example A: Northwind owes Client B 4,000.00 EUR for March and April 2026. */
    static Row northwind(String request) {
        return request(request, text("northwind-agreement.yaml"), text("northwind-timeline.yaml"),
                "2026-03-01..2026-05-01", null, null);
    }
}
