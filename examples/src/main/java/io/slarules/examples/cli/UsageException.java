package io.slarules.examples.cli;

/** The command line is not one {@code sla} understands; the message says what is wrong with it. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
