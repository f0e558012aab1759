package io.slarules.rules.facts;

import io.slarules.model.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * The price of an assessed delay, exact and before any cap, with the arithmetic of the rule that
 * priced it.
 *
 * <p>The decision's explanation prints {@code derivation} as it is, so it shows what the pricing
 * rule actually computed (the default rule's line reads
 * {@code 4 x 1,000.00 EUR (0.5 % of 200,000.00 EUR) = 4,000.00 EUR.}). A charge without a
 * derivation is refused: the consequence that inserts it fails, and with it the evaluation, with an
 * {@link io.slarules.EvaluationFailedException} naming the rule and its pack. Build lines with
 * {@link DerivationLine}.
 *
 * @param assessment the assessed delay
 * @param priced     the price, unrounded
 * @param derivation how the rule arrived at {@code priced}, a sentence a line, in order; not empty
 * @param rule       the rule that priced it
 */
public record Charge(DelayAssessment assessment, Money priced, List<String> derivation, String rule) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when the derivation is empty or has a blank line
     * @param assessment the assessed delay
     * @param priced the price, unrounded
     * @param derivation how the rule arrived at {@code priced}, a sentence a line, in order; not empty
     * @param rule the rule that priced it
     */
    public Charge {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(rule, "rule");
        derivation = List.copyOf(Objects.requireNonNull(derivation, "derivation"));
        if (derivation.isEmpty() || derivation.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("SLA Rules: rule \"" + rule + "\" priced " + priced
                    + " without stating its derivation; a pricing rule gives the lines of its arithmetic"
                    + " (see DerivationLine)");
        }
    }

    /** {@return the clause's id} */
    public String clauseId() {
        return assessment.clause().id();
    }

    /** {@return the obligation's id} */
    public String obligationId() {
        return assessment.obligation().id();
    }

    /** {@return its place in the order the clause's cap is consumed} */
    public int settlementRank() {
        return assessment.settlementRank();
    }

    /**
     * Hashes the assessment (its clause's and obligation's ids) and the pricing rule only: consistent with the
     * record's equality, and cheap, where the record's own hash walks the assessment with its attribution, the
     * derivation's lines and the price (whose hash strips the amount's zeros, a new BigDecimal each time). The cap
     * rule joins and collects capped charges by their charge, so Drools hashes a charge for every one it meets.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * assessment.hashCode() + rule.hashCode();
    }
}
