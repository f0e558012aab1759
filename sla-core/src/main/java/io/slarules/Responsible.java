package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.model.Party;

import java.util.Objects;

/**
 * Who a share of a delay counts against: a party, or {@link #EXCUSED} (force majeure, and other
 * time nobody pays for).
 *
 * <p>Jackson writes it as its id, a JSON string ({@code "client-b"}, {@code "EXCUSED"}), with
 * any {@code ObjectMapper}, and reads it back.
 *
 * @param id the party's id, or {@code "EXCUSED"}
 */
@JsonExplicit
public record Responsible(@JsonValue String id) implements Comparable<Responsible> {

    /** The share of a delay nobody is responsible for. */
    public static final Responsible EXCUSED = new Responsible(Party.RESERVED_ID);

    /**
     * Validates the id.
     *
     * @param id the party's id, or {@code "EXCUSED"}
     */
    public Responsible {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a responsible party needs an id");
        }
    }

    /**
     * The party with the given id.
     *
     * @param partyId the party's id
     * @return who a share counts against
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Responsible party(String partyId) {
        return new Responsible(partyId);
    }

    /** {@return whether this is the excused share} */
    public boolean isExcused() {
        return this.equals(EXCUSED);
    }

    /** Parties by id, {@link #EXCUSED} last. */
    @Override
    public int compareTo(Responsible other) {
        if (isExcused() != other.isExcused()) {
            return isExcused() ? 1 : -1;
        }
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
