package io.slarules.model;

import java.util.List;
import java.util.Optional;

/**
 * What one party owes another, by when, and what it waits on. The customer's obligations
 * (specifications, access, approvals) are obligations like any other, so its performance is
 * measured too.
 *
 * @param id          unique within the agreement
 * @param owner       the party that owes it
 * @param beneficiary the party it is owed to
 * @param description what is owed, for explanations; may be empty
 * @param due         when it is due
 * @param dependsOn   obligations (of any party) that must be fulfilled before this one can progress
 */
public record Obligation(String id, String owner, String beneficiary, String description, Due due,
                         List<String> dependsOn) {

    /** Validates the fields; cross-references are checked by {@link Agreement}. */
    public Obligation {
        Checks.id(id, "agreement", "id");
        Checks.id(owner, "agreement", "owner");
        Checks.id(beneficiary, "agreement", "beneficiary");
        description = Checks.text(description, "agreement", "description");
        Checks.present(due, "agreement", "due");
        dependsOn = Checks.list(dependsOn, "agreement", "dependsOn");
    }

    /** An obligation that depends on nothing. */
    public static Obligation of(String id, String owner, String beneficiary, String description, Due due) {
        return new Obligation(id, owner, beneficiary, description, due, List.of());
    }

    /** The same obligation depending on the given ones instead. */
    public Obligation withDependsOn(String... obligations) {
        return new Obligation(id, owner, beneficiary, description, due, List.of(obligations));
    }

    /** The obligation whose fulfilment this one's due date is relative to, if it is relative. */
    public Optional<String> dueAnchor() {
        return due instanceof Due.AfterFulfilment after ? Optional.of(after.obligation()) : Optional.empty();
    }
}
