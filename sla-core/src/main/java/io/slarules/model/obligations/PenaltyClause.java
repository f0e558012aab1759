package io.slarules.model.obligations;

/**
 * A clause of an agreement that makes one party pay another when a term is missed. Decisions
 * cite it by {@link #id()}.
 */
public sealed interface PenaltyClause permits LiquidatedDamages {

    /**
     * The clause reference decisions cite, e.g. {@code "12.1"}; unique within the agreement.
     *
     * @return the clause's reference
     */
    String id();

    /** {@return the clause's title for explanations; may be empty} */
    String title();

    /** {@return the party that pays} */
    String debtor();

    /** {@return the party that is paid} */
    String creditor();
}
