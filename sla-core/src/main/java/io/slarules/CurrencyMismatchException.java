package io.slarules;

import java.util.Currency;
import java.util.Objects;

/** Two amounts of different currencies met in one calculation. */
public final class CurrencyMismatchException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The currency the calculation was in. */
    private final Currency expected;
    /** The currency of the amount that did not fit. */
    private final Currency actual;

    /**
     * Creates the exception for an amount in {@code actual} where {@code expected} was needed.
     *
     * @param expected the currency the calculation is in
     * @param actual the currency of the amount that was offered
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + Objects.requireNonNull(expected, "expected")
                + ", got " + Objects.requireNonNull(actual, "actual"));
        this.expected = expected;
        this.actual = actual;
    }

    /** {@return the currency the calculation was in} */
    public Currency expected() {
        return expected;
    }

    /** {@return the currency of the amount that did not fit} */
    public Currency actual() {
        return actual;
    }
}
