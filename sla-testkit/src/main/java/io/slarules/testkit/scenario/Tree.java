package io.slarules.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks the tree of one scenario file and records every problem found, each at its field path,
 * and goes on: the author of a scenario should see every problem at once. Not thread-safe.
 */
final class Tree {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    Tree(String source) {
        this.source = source;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(Problem.at(source, path, message));
    }

    /**
     * The object at {@code path}, its unknown fields and missing required fields reported; an empty
     * object when the node is no object (reported too).
     */
    JsonNode object(JsonNode node, String path, Map<String, Boolean> fields) {
        if (!node.isObject()) {
            problem(path, "must be an object with the fields " + String.join(", ", fields.keySet()) + ", found "
                    + describe(node));
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        for (var field : node.properties()) {
            if (!fields.containsKey(field.getKey())) {
                problem(child(path, field.getKey()), "unknown field \"" + field.getKey() + "\" (allowed: "
                        + String.join(", ", fields.keySet()) + ")");
            }
        }
        fields.forEach((name, required) -> {
            if (required && !given(node, name)) {
                problem(child(path, name), "is required");
            }
        });
        return node;
    }

    static boolean given(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    /** The elements of a list; a node that is no list is reported and has none. */
    List<JsonNode> list(JsonNode node, String path) {
        List<JsonNode> elements = new ArrayList<>();
        if (!node.isArray()) {
            problem(path, "must be a list, found " + describe(node));
            return elements;
        }
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /** Text, or a number taken as written (YAML reads an unquoted clause id 12.1 as a number); else reported. */
    String text(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
        }
        problem(path, "must be text, found " + describe(node));
        return null;
    }

    Boolean bool(JsonNode node, String path) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        problem(path, "must be true or false, found " + describe(node));
        return null;
    }

    Long whole(JsonNode node, String path) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        problem(path, "must be a whole number, found " + describe(node));
        return null;
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NUMBER -> "the number " + node.asText();
            case STRING -> "the text \"" + node.textValue() + "\"";
            case BOOLEAN -> node.asText();
            case NULL -> "nothing";
            default -> "an unexpected value";
        };
    }
}
