package io.slarules;

import io.slarules.model.money.Money;

import java.util.List;

/**
 * Money one party owes another under a clause: what a billing system books. Penalties
 * ({@link PenaltyDecision}) and credits ({@link CreditDecision}) are both decisions, so invoicing
 * is one loop over {@link Evaluation#decisions()}.
 *
 * <h2>Book once by id, detect corrections by fingerprint</h2>
 *
 * <p>{@link #id()} says what the decision <em>is</em>: the agreement, the clause, the subject,
 * debtor and creditor, and the window (a credit) or the obligation's settlement (a penalty) it
 * belongs to. It does not depend on how the evaluated period was written ({@code 2026-04} or
 * {@code 2026-03-01..2026-05-01}), on whether a month was evaluated alone or inside a quarter,
 * nor on the amount. {@link #fingerprint()} says what the decision <em>says</em>: the amount, the
 * amount before caps, the units priced, the rules, and the other figures. So:
 * <ul>
 *   <li>an id not booked yet: book the decision;</li>
 *   <li>an id booked with the same fingerprint: a re-run, nothing to do;</li>
 *   <li>an id booked with another fingerprint: a correction (a timeline or agreement fixed since)
 *       — book the difference, or reverse and rebook.</li>
 * </ul>
 * Both are content-derived (SHA-256), never a counter, a random number or the clock. The
 * explanation is not part of the fingerprint: rewording it is not a correction.
 */
public sealed interface Decision permits PenaltyDecision, CreditDecision {

    /**
     * What the decision is, stable across re-runs and corrections.
     *
     * @return {@code PD-} (a penalty) or {@code CR-} (a credit) and 16 hex digits
     */
    String id();

    /**
     * What the decision says: changes when a re-run after a correction gives another amount or
     * derivation.
     *
     * @return 16 hex digits
     */
    String fingerprint();

    /**
     * What it is for.
     *
     * @return {@link PenaltyKind#LIQUIDATED_DAMAGES} or the {@link CreditKind}
     */
    DecisionKind kind();

    /**
     * The clause it rests on.
     *
     * @return the clause's id in the agreement
     */
    String clause();

    /**
     * What it is for: an obligation, an objective, a case, or the id of the credit an earn-back
     * forgives.
     *
     * @return the subject's id
     */
    String subject();

    /**
     * Who pays.
     *
     * @return a party id
     */
    String debtor();

    /**
     * Who is paid.
     *
     * @return a party id
     */
    String creditor();

    /**
     * How much, rounded once to the currency's minor unit; never negative.
     *
     * @return the amount owed
     */
    Money amount();

    /**
     * The rules that produced it.
     *
     * @return rule names, in the order they contributed
     */
    List<String> rules();

    /**
     * The derivation, in words.
     *
     * @return the explanation
     */
    String explanation();
}
