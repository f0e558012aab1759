package io.slarules.internal.text;

import java.util.Objects;

/**
 * Text made safe to print on a terminal or in a log: control characters are written as
 * {@code \}{@code uXXXX} escapes instead of being passed on. Names and ids are refused with
 * control characters when files are read, but a program can still build an agreement through the
 * Java API with a name holding an escape sequence ({@code ESC ]8;;...} links, a cleared screen, a
 * rewritten line); every text writer of the library passes its output through here.
 *
 * <p>Escaped: every C0 and C1 control character except the line feed (the text's own line ends),
 * so also tab and carriage return; DEL; the line and paragraph separators U+2028 and U+2029; and
 * the bidirectional embedding, override and isolate controls U+202A to U+202E and U+2066 to
 * U+2069, which reorder what a reader sees. Applying it twice gives the same text as once.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * The text with every character a terminal would act on written as an escape.
     *
     * @param text any text
     * @return the same text when it holds no such character (the same instance), else a copy
     *         with each written as a backslash, {@code u} and four upper-case hex digits
     */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        int first = 0;
        while (first < text.length() && !acts(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (acts(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean acts(char c) {
        return c != '\n' && Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
