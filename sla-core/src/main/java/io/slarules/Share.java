package io.slarules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a delay counts against one responsible party.
 *
 * @param responsible the party, or {@link Responsible#EXCUSED}
 * @param length      on the agreement's wall clock
 */
@JsonExplicit
public record Share(@JsonProperty("responsible") Responsible responsible,
                    @JsonProperty("length") @JsonSerialize(using = ToStringSerializer.class)
                    @JsonDeserialize(converter = JsonForms.TextToDuration.class) Duration length) {

    /**
     * Validates the fields.
     *
     * @param responsible the party, or {@link Responsible#EXCUSED}
     * @param length on the agreement's wall clock
     */
    public Share {
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a share cannot be negative: " + length);
        }
    }
}
