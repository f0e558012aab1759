package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a value of a file that may hold several problems (an object, a list element), recording
 * each at its path under {@code path}.
 */
@FunctionalInterface
interface Nested<T> {

    /** The value, or {@code null} when it has problems, all of them already recorded. */
    T read(JsonNode node, String path);
}
