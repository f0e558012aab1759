package io.slarules.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decision ids derived from what a decision is about, never from a counter or the clock: a re-run
 * of the same month gives the same ids, and a billing system can book each decision once.
 */
final class DecisionIds {

    private DecisionIds() {
    }

    /** {@code PD-} and the first 16 hex digits of a SHA-256 over the decision's identity. */
    static String of(String agreement, String period, String clause, String subject, String debtor) {
        String identity = String.join("\u001f", agreement, period, clause, subject, debtor);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "PD-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SLA Rules: every Java platform has SHA-256", e);
        }
    }
}
