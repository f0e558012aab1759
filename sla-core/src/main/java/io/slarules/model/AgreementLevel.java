package io.slarules.model;

import io.slarules.internal.model.Checks;
import io.slarules.model.servicelevels.ServiceLevels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One level of a multi-level agreement (corporate, customer, service): the terms it adds or
 * overrides, and the objective targets it sets as minimums no level below may weaken. A level
 * inherits every term of its parent; a term with the same id (calendar, service, objective,
 * clause) replaces the parent's.
 *
 * @param id       unique within the agreement
 * @param name     for explanations, e.g. "corporate"
 * @param parent   the level above; empty for the top level
 * @param terms    the terms this level states: services, calendars, maintenance windows,
 *                 objectives, credits, caps (caps replace the parent's when any is stated)
 * @param minimums ids of objectives whose targets are minimums for the levels below
 */
public record AgreementLevel(String id, String name, Optional<String> parent, ServiceLevels terms, Set<String> minimums) {

    /**
     * Validates the fields.
     *
     * @param id unique within the agreement
     * @param name for explanations, e.g. "corporate"
     * @param parent the level above; empty for the top level
     * @param terms the terms this level states: services, calendars, maintenance windows, objectives, credits, caps
     *              (caps replace the parent's when any is stated)
     * @param minimums ids of objectives whose targets are minimums for the levels below
     */
    public AgreementLevel {
        Checks.id(id, "agreement", "id");
        name = Objects.requireNonNullElse(name, id);
        parent = Objects.requireNonNullElse(parent, Optional.empty());
        Checks.present(terms, "agreement", "terms");
        minimums = java.util.Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNullElse(minimums, Set.of())));
        if (parent.filter(id::equals).isPresent()) {
            throw Checks.fail("agreement", "parent", "level " + id + " cannot be its own parent");
        }
    }

    /** {@return the objective ids of this level's minimums, in order} */
    public List<String> minimumList() {
        return List.copyOf(minimums);
    }
}
