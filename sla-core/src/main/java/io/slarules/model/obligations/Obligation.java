package io.slarules.model.obligations;

import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;

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

    /**
     * Validates the fields; cross-references are checked by {@link Agreement}.
     *
     * @param id unique within the agreement
     * @param owner the party that owes it
     * @param beneficiary the party it is owed to
     * @param description what is owed, for explanations; may be empty
     * @param due when it is due
     * @param dependsOn obligations (of any party) that must be fulfilled before this one can progress
     */
    public Obligation {
        Checks.id(id, "agreement", "id");
        Checks.id(owner, "agreement", "owner");
        Checks.id(beneficiary, "agreement", "beneficiary");
        description = Checks.text(description, "agreement", "description");
        Checks.present(due, "agreement", "due");
        dependsOn = Checks.list(dependsOn, "agreement", "dependsOn");
    }

    /**
     * An obligation that depends on nothing.
     *
     * @param id unique within the agreement
     * @param owner the party that owes it
     * @param beneficiary the party it is owed to
     * @param description what is owed, for explanations; may be empty
     * @param due when it is due
     * @return the obligation
     */
    public static Obligation of(String id, String owner, String beneficiary, String description, Due due) {
        return new Obligation(id, owner, beneficiary, description, due, List.of());
    }

    /**
     * {@return the same obligation depending on the given ones instead}
     *
     * @param obligations the ids of the obligations it depends on instead of its current ones
     */
    public Obligation withDependsOn(String... obligations) {
        return new Obligation(id, owner, beneficiary, description, due, List.of(obligations));
    }

    /** {@return the obligation whose fulfilment this one's due date is relative to, if it is relative} */
    public Optional<String> dueAnchor() {
        return due instanceof Due.AfterFulfilment after ? Optional.of(after.obligation()) : Optional.empty();
    }

    /**
     * A builder for an obligation with the given id: the way to build one in code. Defaults: no description, no dependencies. Required: owner, beneficiary and due.
     *
     * @param id the obligation's id, unique within the agreement
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds an {@link Obligation}; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String owner;
        private String beneficiary;
        private String description = "";
        private Due due;
        private final List<String> dependsOn = new java.util.ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the party that owes it.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder owner(String party) {
            this.owner = Checks.present(party, "agreement", "owner");
            return this;
        }

        /**
         * Sets the party it is owed to.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder beneficiary(String party) {
            this.beneficiary = Checks.present(party, "agreement", "beneficiary");
            return this;
        }

        /**
         * Sets what is owed, for explanations.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Checks.present(description, "agreement", "description");
            return this;
        }

        /**
         * Sets when it is due: {@link Due#onDate}, {@link Due#at} or {@link Due#after}.
         *
         * @param due when it is due
         * @return this builder
         */
        public Builder due(Due due) {
            this.due = Checks.present(due, "agreement", "due");
            return this;
        }

        /**
         * Due by the end of a date in the agreement's zone, as a date in an agreement file means.
         *
         * @param date the date
         * @return this builder
         */
        public Builder due(java.time.LocalDate date) {
            this.due = Due.onDate(Checks.present(date, "agreement", "due"));
            return this;
        }

        /**
         * Adds obligations (of any party) that must be fulfilled before this one can progress.
         *
         * @param obligations the obligations' ids
         * @return this builder
         */
        public Builder dependsOn(String... obligations) {
            this.dependsOn.addAll(Checks.list(java.util.Arrays.asList(Checks.present(obligations, "agreement", "dependsOn")), "agreement", "dependsOn"));
            return this;
        }

        /**
         * Builds the obligation.
         *
         * @return the obligation
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public Obligation build() {
            return new Obligation(id, owner, beneficiary, description, due, dependsOn);
        }
    }
}
