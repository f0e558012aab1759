package io.slarules.rules.facts;

import io.slarules.model.servicelevels.ServiceCredit;

import java.util.Objects;

/**
 * A breached window that is a repeat offence under a clause's repeat term, as a rule of the {@code assess} phase
 * decided from the history (by default: each of the windows the term names, just before this one, was breached
 * too). The rule that prices the extra credit matches on it; a pack replacing the default rule by name
 * ({@code "assess: repeat offence when each previous window was breached too"}) decides which windows repeat.
 *
 * @param measurement the breached window's measurement, as judged ({@link WindowVerdict#judged()})
 * @param clause      the clause whose repeat term applies
 * @param rule        the rule that decided it
 */
public record RepeatedBreach(Measurement measurement, ServiceCredit clause, String rule) {

    /**
     * Validates the fields.
     *
     * @param measurement the breached window's measurement
     * @param clause the clause whose repeat term applies; it has one
     * @param rule the rule that decided it
     * @throws IllegalArgumentException when the clause has no repeat term
     */
    public RepeatedBreach {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(rule, "rule");
        if (clause.repeat().isEmpty()) {
            throw new IllegalArgumentException("SLA Rules: clause " + clause.id() + " has no repeat-offence term ("
                    + rule + ")");
        }
    }
}
