package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.Timeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads timelines from YAML or JSON files, strictly, for a given agreement.
 *
 * <p>Date-only values are read in the agreement's zone: a fulfilment on {@code 2026-03-23} took
 * place by the end of that day, an interval {@code from: 2026-05-11} starts at the beginning of
 * it; so does an outage's or a count's date, while a case event needs an instant. The timeline is
 * checked against the agreement (the agreement's id, known obligations, parties and services, no
 * obligation fulfilled twice, each case opened first and not resolved while paused). Every problem is reported at once in one
 * {@link InvalidInputException}, each placed at its event's id where the event has one, e.g.
 * {@code fulfilments[F-3].at}, and at its index otherwise. The format is described in the
 * package documentation and in the JSON Schema {@code schema/timeline.schema.json}.
 */
public final class Timelines {

    private Timelines() {
    }

    /**
     * Reads the timeline in a file, its format told by the extension: {@code .yaml} or
     * {@code .yml} for YAML, {@code .json} for JSON.
     *
     * @param file      the file; problems name it as given
     * @param agreement the agreement the timeline is of
     * @return the timeline, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found,
     *                               including a file that cannot be read or has another extension
     */
    public static Timeline read(Path file, Agreement agreement) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(agreement, "agreement");
        FileText text;
        try {
            text = FileText.read(file);
        } catch (InvalidInputException e) {
            throw naming(agreement, e);
        }
        return parse(text.text(), file.toString(), text.yaml(), agreement);
    }

    /**
     * Reads the timeline in a text.
     *
     * @param text       the content of a timeline file
     * @param sourceName what problems name as their source, e.g. the file's name; not empty
     * @param yaml       whether the text is YAML rather than JSON
     * @param agreement  the agreement the timeline is of
     * @return the timeline, consistent with the agreement
     * @throws InvalidInputException naming the agreement and listing every problem found
     */
    public static Timeline parse(String text, String sourceName, boolean yaml, Agreement agreement) {
        Objects.requireNonNull(text, "text");
        Agreements.requireSourceName(sourceName);
        Objects.requireNonNull(agreement, "agreement");
        JsonNode root;
        try {
            root = Trees.parse(text, sourceName, yaml);
        } catch (InvalidInputException e) {
            throw naming(agreement, e);
        }
        return TimelineReader.read(root, sourceName, agreement);
    }

    /** A file's own problems concern the agreement the timeline was read for as much as any. */
    private static InvalidInputException naming(Agreement agreement, InvalidInputException e) {
        return new InvalidInputException(agreement.id(), e.problems());
    }
}
