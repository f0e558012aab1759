package io.slarules.report.friction;

import java.util.Locale;

/** Escaping and number forms for the HTML page. */
final class Html {

    private Html() {
    }

    /** Text escaped for an element's content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate: one decimal, a dot, whatever the default locale. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
