package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.Agreement;
import io.slarules.model.LevelledAgreement;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads agreements from YAML or JSON files, strictly.
 *
 * <p>A file is data: objects, lists, text and numbers, nothing that names a class. Every problem
 * in it is reported at once in one {@link InvalidInputException}: unknown and missing fields,
 * malformed values, and the agreement's cross-reference checks (unknown parties and obligations,
 * duplicate ids, dependency cycles, currencies) over the elements that could be read; a
 * reference to an element that could not be read is not reported as unknown. Each
 * {@link Problem} names the file as its source and the field's path, e.g.
 * {@code obligations[1].dependsOn[0]}. The format is described in the package documentation
 * and in the JSON Schema {@code schema/agreement.schema.json} on the class path. A multi-level
 * agreement is read with {@link #readLevelled(Path)}; {@link #read(Path)} refuses one.
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

    /**
     * Reads the multi-level agreement in a file ({@code kind: MULTI_LEVEL}), its format told by the
     * extension. Its own fields (id, zone, currency, effective, parties) are stated once; its terms
     * in {@code levels}, each naming its {@code parent}:
     *
     * <pre>{@code
     * levels:
     *   - {id: corporate, minimums: [AVAIL], services: [...], objectives: [...], credits: [...]}
     *   - id: customer
     *     parent: corporate
     *     objectives: [{id: AVAIL, target: 99.9}]    # merged over the corporate level's AVAIL
     * }</pre>
     *
     * <p>An objective or credit clause with an id a level above has may be partial: each key it
     * gives replaces the one above whole (lists and objects included, so {@code bands} replace all
     * the bands), a key given as {@code null} drops the inherited value, and the rest is inherited.
     * Every problem is reported with its level, e.g. {@code levels[customer].objectives[AVAIL].target}:
     * an unknown parent, an inheritance cycle, a target below a minimum set above, and the problems
     * of each level's effective terms.
     *
     * @param file the file; problems name it as given
     * @return the agreement, every level's effective terms valid
     * @throws InvalidInputException listing every problem found
     */
    public static LevelledAgreement readLevelled(Path file) {
        Objects.requireNonNull(file, "file");
        FileText text = FileText.read(file);
        return parseLevelled(text.text(), file.toString(), text.yaml());
    }

    /**
     * Reads the multi-level agreement in a text, as {@link #readLevelled(Path)} does a file.
     *
     * @param text       the content of an agreement file
     * @param sourceName what problems name as their source, e.g. the file's name; not empty
     * @param yaml       whether the text is YAML rather than JSON
     * @throws InvalidInputException listing every problem found
     * @return the multi-level agreement, its levels checked and resolved
     */
    public static LevelledAgreement parseLevelled(String text, String sourceName, boolean yaml) {
        Objects.requireNonNull(text, "text");
        requireSourceName(sourceName);
        return AgreementReader.readLevelled(Trees.parse(text, sourceName, yaml), sourceName);
    }

    static void requireSourceName(String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (sourceName.isEmpty()) {
            throw new IllegalArgumentException("sourceName must not be empty: problems name it as their source");
        }
    }
}
