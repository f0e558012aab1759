package io.slarules;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a delay counts against one responsible party.
 *
 * @param responsible the party, or {@link Responsible#EXCUSED}
 * @param length      on the agreement's wall clock
 */
public record Share(Responsible responsible, Duration length) {

    /** Validates the fields. */
    public Share {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a share cannot be negative: " + length);
        }
    }
}
