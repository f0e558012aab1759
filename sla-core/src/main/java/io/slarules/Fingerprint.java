package io.slarules;

import io.slarules.model.money.Money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A decision's content fingerprint: the first 16 hex digits of a SHA-256 over its figures, each
 * written in one canonical form (amounts by value, so {@code 1.0 EUR} and {@code 1.00 EUR} agree,
 * as {@link Money#equals} does).
 */
final class Fingerprint {

    private static final char FIELD = '\u001f';
    private static final char ITEM = '\u001e';

    private final StringBuilder text = new StringBuilder();

    Fingerprint add(Object value) {
        text.append(value).append(FIELD);
        return this;
    }

    Fingerprint add(Money money) {
        text.append(money.amount().stripTrailingZeros().toPlainString()).append(' ')
                .append(money.currency().getCurrencyCode()).append(FIELD);
        return this;
    }

    Fingerprint add(List<String> values) {
        values.forEach(v -> text.append(v).append(ITEM));
        text.append(FIELD);
        return this;
    }

    String hex() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SLA Rules: every Java platform has SHA-256", e);
        }
    }
}
