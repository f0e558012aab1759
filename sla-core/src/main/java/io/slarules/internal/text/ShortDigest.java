package io.slarules.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The first 16 hex digits of the SHA-256 of a text (UTF-8): what decision ids, fingerprints and warning ids are made
 * of. One place for all three, so that they cannot drift apart in how they hash.
 */
public final class ShortDigest {

    private ShortDigest() {
    }

    /**
     * {@return the first 16 hex digits (8 bytes) of the SHA-256 of {@code text}, in lower case}
     *
     * @param text the text, hashed as UTF-8
     */
    public static String of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SLA Rules: every Java platform has SHA-256", e);
        }
    }
}
