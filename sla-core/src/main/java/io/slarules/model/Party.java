package io.slarules.model;

import io.slarules.internal.model.Checks;

import java.util.Optional;

/**
 * A party to an agreement.
 *
 * @param id        the id other parts of the agreement and the timeline refer to; {@code EXCUSED}
 *                  is reserved for the share nobody is responsible for
 * @param name      the name shown in explanations
 * @param role      the part it plays
 * @param engagedBy for a subcontractor, the party that engaged it and answers for its delays;
 *                  empty for every other role
 */
public record Party(String id, String name, PartyRole role, Optional<String> engagedBy) {

    /** The id no party may take: it names the share of a delay nobody is responsible for. */
    public static final String RESERVED_ID = "EXCUSED";

    /**
     * Validates the fields.
     *
     * @param id the id other parts of the agreement and the timeline refer to; {@code EXCUSED} is reserved for the
     *           share nobody is responsible for
     * @param name the name shown in explanations
     * @param role the part it plays
     * @param engagedBy for a subcontractor, the party that engaged it and answers for its delays; empty for every
     *                  other role
     */
    public Party {
        Checks.id(id, "agreement", "id");
        if (RESERVED_ID.equals(id)) {
            throw Checks.fail("agreement", "id", "\"" + RESERVED_ID + "\" is reserved for excused delay");
        }
        Checks.name(name, "agreement", "name");
        Checks.present(role, "agreement", "role");
        Checks.present(engagedBy, "agreement", "engagedBy");
        if (role == PartyRole.SUBCONTRACTOR && engagedBy.isEmpty()) {
            throw Checks.fail("agreement", "engagedBy", "a subcontractor names the party that engaged it");
        }
        if (role != PartyRole.SUBCONTRACTOR && engagedBy.isPresent()) {
            throw Checks.fail("agreement", "engagedBy", "only a subcontractor is engaged by another party");
        }
        engagedBy.ifPresent(by -> Checks.id(by, "agreement", "engagedBy"));
    }

    /**
     * A party that is not a subcontractor.
     *
     * @param id the id other parts of the agreement and the timeline refer to; {@code EXCUSED} is reserved for the
     *           share nobody is responsible for
     * @param name the name shown in explanations
     * @param role the part it plays
     * @return the party
     */
    public static Party of(String id, String name, PartyRole role) {
        return new Party(id, name, role, Optional.empty());
    }

    /**
     * A subcontractor engaged by {@code engagedBy}, which answers for its delays.
     *
     * @param id the id other parts of the agreement and the timeline refer to; {@code EXCUSED} is reserved for the
     *           share nobody is responsible for
     * @param name the name shown in explanations
     * @param engagedBy for a subcontractor, the party that engaged it and answers for its delays; empty for every
     *                  other role
     * @return the subcontractor
     */
    public static Party subcontractor(String id, String name, String engagedBy) {
        return new Party(id, name, PartyRole.SUBCONTRACTOR, Optional.of(engagedBy));
    }
}
