package io.slarules.rules.facts;

import java.util.Objects;

/**
 * An edge of the dependency graph: {@code dependent} cannot progress before {@code dependency} is
 * fulfilled.
 *
 * @param dependent  the obligation that waits
 * @param dependency the obligation waited on
 * @param dueAnchor  whether {@code dependent}'s due date is relative to {@code dependency}'s
 *                   fulfilment, so it already moves with it
 */
public record Dependency(String dependent, String dependency, boolean dueAnchor) {

    /**
     * Validates the fields.
     *
     * @param dependent the obligation that waits
     * @param dependency the obligation waited on
     * @param dueAnchor whether {@code dependent}'s due date is relative to {@code dependency}'s fulfilment, so it
     *                  already moves with it
     */
    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(dependency, "dependency");
    }
}
