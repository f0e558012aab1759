package io.slarules.files;

import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads histories from YAML or JSON files, strictly, for a given agreement: what earlier
 * evaluations decided, which repeat offences, earn-back and rolling caps look back on.
 *
 * <pre>{@code
 * agreement: ACME-HOSTING-2026
 * months:
 *   - {month: 2026-03, charged: "1000.00 USD", credited: "100.00 USD"}
 * windows:
 *   - objective: AVAIL
 *     window: {from: 2026-03-01, to: 2026-04-01}
 *     met: false
 *     credits:
 *       - {decisionId: "...", clause: "7.2", debtor: acme, creditor: client, amount: "100.00 USD"}
 * }</pre>
 *
 * <p>This is the shape {@link io.slarules.report.EvaluationJson} writes under {@code history}, so
 * the history one month's evaluation returns can be given to the next. The history is checked
 * against the agreement (its id, objectives, clauses, parties and currency); every problem is
 * reported at once in one {@link InvalidInputException}. The format is described in the JSON
 * Schema {@code schema/history.schema.json}.
 */
public final class Histories {

    private Histories() {
    }

    /**
     * Reads the history in a file, its format told by the extension: {@code .yaml} or
     * {@code .yml} for YAML, {@code .json} for JSON.
     *
     * @param file      the file; problems name it as given
     * @param agreement the agreement the history is of
     * @return the history, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found,
     *                               including a file that cannot be read or has another extension
     */
    public static History read(Path file, Agreement agreement) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(agreement, "agreement");
        FileText text = FileText.readFor(file, agreement.id());
        return parse(text.text(), file.toString(), text.yaml(), agreement);
    }

    /**
     * Reads the history in a text.
     *
     * @param text       the content of a history file
     * @param sourceName what problems name as their source, e.g. the file's name; not empty
     * @param yaml       whether the text is YAML rather than JSON
     * @param agreement  the agreement the history is of
     * @return the history, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found
     */
    public static History parse(String text, String sourceName, boolean yaml, Agreement agreement) {
        Objects.requireNonNull(text, "text");
        Agreements.requireSourceName(sourceName);
        Objects.requireNonNull(agreement, "agreement");
        return HistoryReader.read(FileText.treeFor(text, sourceName, yaml, agreement.id()), sourceName, agreement);
    }
}
