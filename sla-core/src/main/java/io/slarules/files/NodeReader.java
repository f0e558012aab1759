package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.AgreementDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the tree of one file and records every problem found, each with the file as its source
 * and the field's path, and goes on reading: a file's author should see every problem at once.
 *
 * <p>A list keeps the elements that could be read; of those that could not it records where the
 * others stand in the file and the ids they give ({@link #unread}), so the model's checks can run
 * over what was read ({@link #check}) with their problems placed at the file's indexes and without
 * reporting a reference to a broken element as unknown. Not thread-safe; one per file read.
 */
final class NodeReader {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    /** By the path of a list that lost elements: what it lost, and where the elements read stand in the file. */
    private final Map<String, Dropped> dropped = new HashMap<>();

    /**
     * What a list lost.
     *
     * @param positions the file's index of each element read, in order
     * @param ids       the ids the lost elements give, where readable
     * @param unnamed   whether a lost element gives no readable id, or the list is no list
     */
    private record Dropped(List<Integer> positions, Set<String> ids, boolean unnamed) {
    }

    NodeReader(String source) {
        this.source = source;
    }

    /** The fields of an object, unknown ones reported; a node that is no object is reported too. */
    Fields fields(JsonNode node, String path, Shape shape) {
        if (!node.isObject()) {
            problem(path, "must be an object with the fields " + String.join(", ", shape.allowed())
                    + ", found " + Values.describe(node));
            return new Fields(this, null, path, shape);
        }
        for (var field : node.properties()) {
            if (!shape.allows(field.getKey())) {
                problem(child(path, field.getKey()), "unknown field \"" + field.getKey() + "\" (allowed: "
                        + String.join(", ", shape.allowed()) + ")");
            }
        }
        return new Fields(this, node, path, shape);
    }

    /**
     * The elements of a list that could be read; each one that could not is reported, and recorded
     * as lost with the id it gives.
     */
    <T> List<T> list(JsonNode node, String path, Nested<T> element) {
        List<JsonNode> elements = elements(node, path);
        List<T> read = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean unnamed = false;
        for (int i = 0; i < elements.size(); i++) {
            T value = element.read(elements.get(i), index(path, i));
            if (value != null) {
                read.add(value);
                positions.add(i);
            } else {
                String id = readableId(elements.get(i));
                unnamed |= id == null;
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        if (read.size() < elements.size()) {
            dropped.put(path, new Dropped(positions, ids, unnamed));
        }
        return read;
    }

    /** The elements of a list node; a node that is no list is reported, has none and is recorded as lost. */
    List<JsonNode> elements(JsonNode node, String path) {
        if (!node.isArray()) {
            problem(path, "must be a list, found " + Values.describe(node));
            dropped.put(path, new Dropped(List.of(), Set.of(), true));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** A scalar reading as a nested one: its failure becomes a problem at the value's path. */
    <T> Nested<T> scalar(Reading<T> reading) {
        return (node, path) -> {
            try {
                return reading.read(node);
            } catch (Unreadable e) {
                problem(path, e.getMessage());
                return null;
            }
        };
    }

    /**
     * Constructs a model value unless a problem was found since {@code mark}; a constructor's
     * problems, whose paths are relative to the value, are placed under {@code path}.
     *
     * @return the value, or {@code null} when it could not be constructed
     */
    <T> T build(int mark, String path, Supplier<T> constructor) {
        if (problems.size() > mark) {
            return null;
        }
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            adopt(e, path);
            return null;
        }
    }

    /** Records the model's problems as this file's, placed under {@code path}. */
    void adopt(InvalidInputException e, String path) {
        e.problems().forEach(p -> problems.add(p.under(path).in(source)));
    }

    /**
     * Records the problems of the model's checks over what was read as this file's: an index into
     * a list that lost elements is turned into the file's index, so {@code obligations[2]} is the
     * obligation the file lists third even when one before it could not be read.
     */
    void check(List<Problem> found) {
        found.forEach(p -> problems.add(Problem.at(source, filePath(p.path()), p.message())));
    }

    /**
     * What a list of the file had but could not read: the ids its lost elements give; unnamed when
     * one gives none, when the node is no list, or when the list is required and missing (a
     * problem at the list's own path), for then any id may be one of them.
     */
    AgreementDraft.UnreadIds unread(String listPath) {
        Dropped lost = dropped.get(listPath);
        boolean unnamed = lost != null && lost.unnamed() || hasProblemAt(listPath);
        return lost == null && !unnamed ? AgreementDraft.UnreadIds.NONE
                : new AgreementDraft.UnreadIds(lost == null ? Set.of() : lost.ids(), unnamed);
    }

    /** The path with each index into a list that lost elements turned into the file's index. */
    String filePath(String path) {
        if (dropped.isEmpty()) {
            return path;
        }
        StringBuilder mapped = new StringBuilder();
        Matcher index = INDEX.matcher(path);
        int from = 0;
        while (index.find()) {
            mapped.append(path, from, index.start());
            Dropped lost = dropped.get(mapped.toString());
            int i = Integer.parseInt(index.group(1));
            mapped.append('[').append(lost != null && i < lost.positions().size() ? lost.positions().get(i) : i).append(']');
            from = index.end();
        }
        return mapped.append(path.substring(from)).toString();
    }

    /** Whether a problem was found at exactly this path. */
    boolean hasProblemAt(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    /** Every problem found so far, in the order found. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String message) {
        problems.add(Problem.at(source, path, message));
    }

    /** How many problems have been found; a mark to tell whether reading a value found more. */
    int mark() {
        return problems.size();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The exception listing every problem found. */
    InvalidInputException failure(String agreementId) {
        return new InvalidInputException(agreementId, problems);
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /**
     * The path of a list's element that has an id, {@code levels[customer]}, or its index,
     * {@code levels[0]}, when it has no readable id.
     */
    static String idPath(String list, JsonNode element, int index) {
        String id = readableId(element);
        return id != null ? list + "[" + id + "]" : index(list, index);
    }

    /** The id an element gives, when it is an object whose {@code id} reads; {@code null} otherwise. */
    static String readableId(JsonNode element) {
        JsonNode id = element.isObject() ? element.get("id") : null;
        if (id != null && (id.isTextual() || id.isNumber())) {
            try {
                String text = Values.id(id);
                if (!text.isBlank()) {
                    return text;
                }
            } catch (Unreadable e) {
                // reported when the element's fields are read
            }
        }
        return null;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
