package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Walks the tree of one file and records every problem found, each with the file as its source
 * and the field's path, and goes on reading: a file's author should see every problem at once.
 * Not thread-safe; one per file read.
 */
final class NodeReader {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

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

    /** The elements of a list that could be read; each one that could not is reported. */
    <T> List<T> list(JsonNode node, String path, Nested<T> element) {
        List<JsonNode> elements = elements(node, path);
        List<T> read = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            T value = element.read(elements.get(i), index(path, i));
            if (value != null) {
                read.add(value);
            }
        }
        return read;
    }

    /** The elements of a list node; a node that is no list is reported and has none. */
    List<JsonNode> elements(JsonNode node, String path) {
        if (!node.isArray()) {
            problem(path, "must be a list, found " + Values.describe(node));
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
        JsonNode id = element.isObject() ? element.get("id") : null;
        if (id != null && (id.isTextual() || id.isNumber())) {
            try {
                String text = Values.id(id);
                if (!text.isBlank()) {
                    return list + "[" + text + "]";
                }
            } catch (Unreadable e) {
                // reported when the element's fields are read
            }
        }
        return index(list, index);
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
