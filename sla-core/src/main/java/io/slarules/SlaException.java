package io.slarules;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Unchecked, as an evaluation that fails is a caller's input or a rule pack at fault, not a
 * condition a billing loop can recover from locally. Subtypes carry structured fields (the
 * agreement, the field path, the event) rather than only a message.
 */
public class SlaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public SlaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause the exception that made it go wrong
     */
    public SlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
