package io.slarules.model;

/**
 * A party to an agreement.
 *
 * @param id   the id other parts of the agreement and the timeline refer to; {@code EXCUSED} is
 *             reserved for the share nobody is responsible for
 * @param name the name shown in explanations
 * @param role the part it plays
 */
public record Party(String id, String name, PartyRole role) {

    /** The id no party may take: it names the share of a delay nobody is responsible for. */
    public static final String RESERVED_ID = "EXCUSED";

    /** Validates the fields. */
    public Party {
        Checks.id(id, "agreement", "id");
        if (RESERVED_ID.equals(id)) {
            throw Checks.fail("agreement", "id", "\"" + RESERVED_ID + "\" is reserved for excused delay");
        }
        Checks.id(name, "agreement", "name");
        Checks.present(role, "agreement", "role");
    }

    /** A party. */
    public static Party of(String id, String name, PartyRole role) {
        return new Party(id, name, role);
    }
}
