package io.slarules;

/**
 * What a {@link Decision} is for: {@link PenaltyKind#LIQUIDATED_DAMAGES} for a
 * {@link PenaltyDecision}, a {@link CreditKind} for a {@link CreditDecision}. An invoicing loop can
 * tell them apart without looking at the decision's class, e.g. to book a bonus as a charge to the
 * customer rather than a credit.
 */
public sealed interface DecisionKind permits PenaltyKind, CreditKind {

    /**
     * The kind's name as JSON and text output write it.
     *
     * @return the enum constant's name, e.g. {@code "SERVICE_CREDIT"}
     */
    String name();
}
