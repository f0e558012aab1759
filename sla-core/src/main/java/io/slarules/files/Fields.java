package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The fields of one object of a file, read one by one. A field that is absent or {@code null}
 * counts as not given. Each reading records its problems at the field's path and returns
 * {@code null} for a value it could not read, so the caller reads on and constructs nothing.
 *
 * <p>When the node was no object (already reported), every field reads as absent without a
 * further problem.
 */
final class Fields {

    private final NodeReader reader;
    private final JsonNode object;
    private final String path;
    private final Shape shape;

    Fields(NodeReader reader, JsonNode object, String path, Shape shape) {
        this.reader = reader;
        this.object = object;
        this.path = path;
        this.shape = shape;
    }

    /** Whether the node was an object; when not, its problem is already recorded. */
    boolean isObject() {
        return object != null;
    }

    boolean has(String field) {
        JsonNode value = object == null ? null : object.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value of a field, when given. */
    JsonNode node(String field) {
        return has(field) ? object.get(field) : null;
    }

    String path(String field) {
        return NodeReader.child(path, field);
    }

    <T> T required(String field, Reading<T> reading) {
        return required(field, reader.scalar(reading));
    }

    <T> T optional(String field, Reading<T> reading) {
        return optional(field, reader.scalar(reading));
    }

    <T> T optional(String field, Reading<T> reading, T absent) {
        return has(field) ? optional(field, reading) : absent;
    }

    <T> T required(String field, Nested<T> nested) {
        assert shape.required().contains(field) : "SLA Rules: " + field + " is read as required but its shape says otherwise";
        if (!has(field)) {
            if (object != null) {
                reader.problem(path(field), "is required");
            }
            return null;
        }
        return nested.read(object.get(field), path(field));
    }

    <T> T optional(String field, Nested<T> nested) {
        assert shape.optional().contains(field) : "SLA Rules: " + field + " is read as optional but its shape says otherwise";
        return has(field) ? nested.read(object.get(field), path(field)) : null;
    }

    /** The readable elements of a required list. */
    <T> List<T> requiredList(String field, Nested<T> element) {
        List<T> values = required(field, (node, at) -> reader.list(node, at, element));
        return values == null ? List.of() : values;
    }

    /** The readable elements of an optional list; none when absent. */
    <T> List<T> optionalList(String field, Nested<T> element) {
        List<T> values = optional(field, (node, at) -> reader.list(node, at, element));
        return values == null ? List.of() : values;
    }

    /** The raw elements of an optional list, for a caller that names them itself; none when absent. */
    List<JsonNode> optionalElements(String field) {
        List<JsonNode> elements = optional(field, reader::elements);
        return elements == null ? List.of() : elements;
    }
}
