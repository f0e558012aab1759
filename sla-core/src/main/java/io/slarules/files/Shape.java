package io.slarules.files;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields one kind of object in a file may have, and which of them it must have. The readers
 * check files against these and the JSON Schemas list the same fields, which a test compares.
 *
 * @param required the fields the object must have, in the order messages list them
 * @param optional the fields it may have besides
 */
record Shape(List<String> required, List<String> optional) {

    Shape {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    static Shape of(List<String> required, List<String> optional) {
        return new Shape(required, optional);
    }

    /** Every field the object may have: the required ones first. */
    List<String> allowed() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }

    boolean allows(String field) {
        return required.contains(field) || optional.contains(field);
    }
}
