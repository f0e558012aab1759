package io.slarules.rules.internal.facts;

import io.slarules.model.Money;
import io.slarules.rules.facts.CreditDue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit after caps and the minimum: what the decision states.
 *
 * @param due      what was found due
 * @param amount   rounded to the currency's minor unit
 * @param capped   whether a cap reduced it
 * @param withheld why it is not issued at all (below the minimum credit), if it is not
 * @param notes    how the caps applied, in words
 * @param rule     the rule that settled it
 */
public record SettledCredit(CreditDue due, Money amount, boolean capped, Optional<String> withheld, List<String> notes,
                            String rule) {

    /**
     * Validates the fields.
     *
     * @param due what was found due
     * @param amount rounded to the currency's minor unit
     * @param capped whether a cap reduced it
     * @param withheld why it is not issued at all (below the minimum credit), if it is not
     * @param notes how the caps applied, in words
     * @param rule the rule that settled it
     */
    public SettledCredit {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(withheld, "withheld");
        notes = List.copyOf(notes);
        Objects.requireNonNull(rule, "rule");
    }
}
