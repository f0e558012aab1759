package io.slarules.rules.facts;

import io.slarules.DelayAttribution;
import io.slarules.model.obligations.LiquidatedDamages;

import java.time.Duration;
import java.util.Objects;

/**
 * The delay a liquidated-damages clause's debtor is responsible for on one settled obligation, in
 * the clause's units.
 *
 * @param clause      the clause
 * @param obligation  the obligation
 * @param attribution the obligation's attribution
 * @param attributed  the debtor's share
 * @param units       the share counted in the clause's unit with its rounding
 * @param rule        the rule that assessed it
 */
public record DelayAssessment(LiquidatedDamages clause, ObligationState obligation, DelayAttribution attribution,
                              Duration attributed, long units, String rule) {

    /**
     * Validates the fields.
     *
     * @param clause the clause
     * @param obligation the obligation
     * @param attribution the obligation's attribution
     * @param attributed the debtor's share
     * @param units the share counted in the clause's unit with its rounding
     * @param rule the rule that assessed it
     */
    public DelayAssessment {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(attributed, "attributed");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@return the order in which charges under one clause consume its cap} */
    public int settlementRank() {
        return obligation.settlementRank();
    }

    /**
     * Hashes the clause's id and the obligation's id only: consistent with the record's equality, and cheap, where
     * the record's own hash walks the clause, the obligation's state and the whole attribution with its segments.
     * A charge hashes its assessment, and the cap rule finds charges by equality, so Drools hashes this often.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * clause.id().hashCode() + obligation.id().hashCode();
    }
}
