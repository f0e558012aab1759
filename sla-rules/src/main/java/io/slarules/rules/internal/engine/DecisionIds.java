package io.slarules.rules.internal.engine;

import io.slarules.CreditKind;
import io.slarules.internal.text.ShortDigest;
import io.slarules.model.time.DateRange;

/**
 * Decision ids derived from what a decision <em>is</em>, never from a counter, the clock, the
 * amount, or how the evaluated period was written: a re-run of the same month gives the same ids,
 * a month evaluated alone gives the ids it gets inside a quarter, and a re-run after a correction
 * keeps the ids (its decisions' fingerprints change). A billing system books each id once.
 */
public final class DecisionIds {

    private static final String FIELD = "\u001f";

    private DecisionIds() {
    }

    /**
     * A penalty's id. An obligation is settled once, in the period its fulfilment falls in, and a
     * corrected fulfilment is a correction of that settlement, so the obligation names the
     * settlement: the evaluated period takes no part.
     *
     * @return {@code PD-} and the first 16 hex digits of a SHA-256 over the identity
     */
    public static String penalty(String agreement, String clause, String obligation, String debtor, String creditor) {
        return "PD-" + hash(String.join(FIELD, "liquidated damages", agreement, clause, "settlement of " + obligation,
                debtor, creditor));
    }

    /**
     * The id of damages accrued so far on an obligation still open: what the accrual is, not when it
     * was asked for (a later "as of" gives the same id, with a new fingerprint), and never the id the
     * obligation's settlement will have.
     *
     * @return {@code PA-} and the first 16 hex digits of a SHA-256 over the identity
     */
    public static String accrued(String agreement, String clause, String obligation, String debtor, String creditor) {
        return "PA-" + hash(String.join(FIELD, "liquidated damages accrued", agreement, clause,
                "open obligation " + obligation, debtor, creditor));
    }

    /**
     * A credit's id: the objective's window it belongs to (its own dates, whatever period was
     * asked for), and what it is for within it.
     *
     * @return {@code CR-} and the first 16 hex digits of a SHA-256 over the identity
     */
    public static String credit(String agreement, String clause, CreditKind kind, String objective, DateRange window,
                         String subject, String debtor, String creditor) {
        return "CR-" + hash(String.join(FIELD, "credit", agreement, clause, kind.name(), objective,
                window.startInclusive() + ".." + window.endExclusive(), subject, debtor, creditor));
    }

    /**
     * A force-majeure termination right's id: the clause and the event; the period takes no part.
     *
     * @return {@code TR-} and the first 16 hex digits of a SHA-256 over the identity
     */
    public static String forceMajeureTermination(String agreement, String clause, String event) {
        return "TR-" + hash(String.join(FIELD, "force majeure termination", agreement, clause, event));
    }

    private static String hash(String identity) {
        return ShortDigest.of(identity);
    }
}
