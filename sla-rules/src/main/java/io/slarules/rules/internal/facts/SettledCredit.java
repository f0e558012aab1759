package io.slarules.rules.internal.facts;

import io.slarules.model.money.Money;
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
 * @param withheld why it is not issued at all (below the minimum credit, or nothing left), if it is not
 * @param notes    how the caps applied, in words
 * @param limits   the limit rules that reduced or withheld it, in order (cited before {@code rule})
 * @param rule     the rule that settled it
 */
public record SettledCredit(CreditDue due, Money amount, boolean capped, Optional<String> withheld, List<String> notes,
                            List<String> limits, String rule) {

    /**
     * Validates the fields.
     *
     * @param due what was found due
     * @param amount rounded to the currency's minor unit
     * @param capped whether a cap reduced it
     * @param withheld why it is not issued at all (below the minimum credit, or nothing left), if it is not
     * @param notes how the caps applied, in words
     * @param limits the limit rules that reduced or withheld it, in order
     * @param rule the rule that settled it
     */
    public SettledCredit {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(withheld, "withheld");
        notes = List.copyOf(notes);
        limits = List.copyOf(limits);
        Objects.requireNonNull(rule, "rule");
    }
}
