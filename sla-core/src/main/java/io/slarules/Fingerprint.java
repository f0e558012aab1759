package io.slarules;

import io.slarules.internal.text.ShortDigest;
import io.slarules.model.money.Money;

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
        return ShortDigest.of(text.toString());
    }
}
