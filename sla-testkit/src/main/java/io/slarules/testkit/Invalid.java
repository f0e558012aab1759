package io.slarules.testkit;

import io.slarules.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs code expected to refuse its input. */
final class Invalid {

    private Invalid() {
    }

    /**
     * The {@link InvalidInputException} {@code call} throws.
     *
     * @throws AssertionError when it throws nothing or something else (the latter as its cause)
     */
    static InvalidInputException thrownBy(ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidInputException e) {
            return e;
        } catch (Throwable other) {
            throw new AssertionError("Expecting an InvalidInputException\nbut " + other.getClass().getName()
                    + " was thrown: " + other.getMessage(), other);
        }
        throw new AssertionError("Expecting an InvalidInputException\nbut nothing was thrown");
    }
}
