package io.slarules.files;

/**
 * A scalar value of a file that cannot be read as the field asks, with the sentence saying why.
 * The caller knows the field's path and turns it into a problem, so this never leaves the package.
 */
final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
        // expected for bad input and caught one frame up: a stack trace would be wasted work
        super(message, null, false, false);
    }
}
