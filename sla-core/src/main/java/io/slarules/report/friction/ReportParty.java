package io.slarules.report.friction;

import io.slarules.model.PartyRole;

import java.util.Objects;

/**
 * A party as a friction report shows it. Across a portfolio, parties with one id are one party;
 * its name and role are taken from the first agreement (by id) that names it.
 *
 * @param id   the party's id
 * @param name its name
 * @param role its role
 */
public record ReportParty(String id, String name, PartyRole role) {

    /**
     * Validates the fields.
     *
     * @param id the party's id
     * @param name its name
     * @param role its role
     */
    public ReportParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
