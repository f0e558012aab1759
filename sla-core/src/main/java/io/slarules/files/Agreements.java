package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads agreements from YAML or JSON files, strictly.
 *
 * <p>A file is data: objects, lists, text and numbers, nothing that names a class. Every problem
 * in it is reported at once in one {@link InvalidInputException}: unknown and missing fields,
 * malformed values, and, once every element reads, the agreement's cross-reference checks
 * (unknown parties and obligations, duplicate ids, dependency cycles, currencies). Each
 * {@link Problem} names the file as its source and the field's path, e.g.
 * {@code obligations[1].dependsOn[0]}. The format is described in the package documentation
 * and in the JSON Schema {@code schema/agreement.schema.json} on the class path.
 */
public final class Agreements {

    private Agreements() {
    }

    /**
     * Reads the agreement in a file, its format told by the extension: {@code .yaml} or
     * {@code .yml} for YAML, {@code .json} for JSON.
     *
     * @param file the file; problems name it as given
     * @return the agreement, valid
     * @throws InvalidInputException listing every problem found, including a file that cannot be
     *                               read or has another extension
     */
    public static Agreement read(Path file) {
        Objects.requireNonNull(file, "file");
        FileText text = FileText.read(file);
        return parse(text.text(), file.toString(), text.yaml());
    }

    /**
     * Reads the agreement in a text.
     *
     * @param text       the content of an agreement file
     * @param sourceName what problems name as their source, e.g. the file's name; not empty
     * @param yaml       whether the text is YAML rather than JSON
     * @return the agreement, valid
     * @throws InvalidInputException listing every problem found
     */
    public static Agreement parse(String text, String sourceName, boolean yaml) {
        Objects.requireNonNull(text, "text");
        requireSourceName(sourceName);
        return AgreementReader.read(Trees.parse(text, sourceName, yaml), sourceName);
    }

    static void requireSourceName(String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (sourceName.isEmpty()) {
            throw new IllegalArgumentException("sourceName must not be empty: problems name it as their source");
        }
    }
}
