package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one scalar value of a file (a date, an amount of money, an id). */
@FunctionalInterface
interface Reading<T> {

    /**
     * The value the node stands for.
     *
     * @throws Unreadable saying why the node is not such a value
     */
    T read(JsonNode node) throws Unreadable;
}
