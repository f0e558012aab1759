package io.slarules;

import java.util.Currency;
import java.util.Objects;

/** Two amounts of different currencies met in one calculation. */
public final class CurrencyMismatchException extends SlaException {

    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    /** Creates the exception for an amount in {@code actual} where {@code expected} was needed. */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + Objects.requireNonNull(expected, "expected")
                + ", got " + Objects.requireNonNull(actual, "actual"));
        this.expected = expected;
        this.actual = actual;
    }

    /** The currency the calculation was in. */
    public Currency expected() {
        return expected;
    }

    /** The currency of the amount that did not fit. */
    public Currency actual() {
        return actual;
    }
}
