package io.slarules;

import io.slarules.model.Party;

import java.util.Objects;

/**
 * Who a share of a delay counts against: a party, or {@link #EXCUSED} (force majeure, and other
 * time nobody pays for).
 *
 * @param id the party's id, or {@code "EXCUSED"}
 */
public record Responsible(String id) implements Comparable<Responsible> {

    /** The share of a delay nobody is responsible for. */
    public static final Responsible EXCUSED = new Responsible(Party.RESERVED_ID);

    /** Validates the id. */
    public Responsible {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a responsible party needs an id");
        }
    }

    /** The party with the given id. */
    public static Responsible party(String partyId) {
        return new Responsible(partyId);
    }

    /** Whether this is the excused share. */
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
