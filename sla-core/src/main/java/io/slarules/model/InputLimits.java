package io.slarules.model;

import io.slarules.model.money.Money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits every input is held to, whether read from a file or built in code: the character set
 * of ids, printable names and texts, bounded numbers and money in the currency's minor unit. The
 * model's factories and the file readers apply the same rules; a billing system may apply them
 * to its own data before building a model.
 *
 * <ul>
 *   <li><b>Ids</b> (of parties, obligations, clauses, services, objectives, events, cases,
 *       metrics...) are 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits and {@code . _ - : / ~},
 *       starting with a letter or a digit. ASCII only, so ids that look alike are alike: a Latin
 *       {@code c} and a Cyrillic {@code с} cannot both be in ids, and no id starts like a
 *       spreadsheet formula.</li>
 *   <li><b>Names</b> (a party's, a service's) are any printable Unicode text, not blank: no control
 *       character (C0, C1, DEL), no format character (bidirectional overrides, zero-width
 *       characters), no line or paragraph separator, no lone surrogate, no unassigned or
 *       private-use code point. <b>Texts</b> (titles, descriptions, reasons) follow the same rule
 *       but may hold line breaks and tabs. At most {@value #MAX_TEXT_LENGTH} characters.</li>
 *   <li><b>Numbers</b> (percentages, targets, counts written as decimals) have at most
 *       {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS}
 *       after it (trailing zeros not counted).</li>
 *   <li><b>Money a contract states</b> (fees, values, caps as amounts, credits, minimums, what a
 *       history records) is in the currency's minor unit: {@code 1000.005 USD} and
 *       {@code 200000.50 JPY} are refused. A rate per unit (a liquidated-damages
 *       {@code rate.amount}, a credit's {@code perUnitShort}) may be finer: its total is rounded
 *       once, at the decision.</li>
 * </ul>
 */
// The minor-unit rule is applied by the file readers and to histories; an agreement built in code
// is held to the bounds of numbers only (see README "Agreement and timeline files").
public final class InputLimits {

    /** The longest id: ids appear in decision ids, paths and explanations. */
    public static final int MAX_ID_LENGTH = 128;
    /** The longest name, title, description or reason. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** The most digits a number may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** The most digits a number may have after its decimal point, trailing zeros not counted. */
    public static final int MAX_DECIMALS = 12;
    /** The pattern of an id, as the JSON Schemas state it. */
    public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:/~-]*$";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final int QUOTED = 60;

    private InputLimits() {
    }

    /**
     * What is wrong with a text as an id.
     *
     * @param id the text; not null
     * @return the sentence saying what is wrong, empty when it is a valid id
     */
    public static Optional<String> idProblem(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of("is too long for an id: " + id.length() + " characters, at most " + MAX_ID_LENGTH);
        }
        if (ID.matcher(id).matches()) {
            return Optional.empty();
        }
        int at = 0;
        while (at < id.length() && idCharacter(id.charAt(at), at == 0)) {
            at++;
        }
        return Optional.of("is not an id: " + quote(id) + " has " + describe(id.codePointAt(at)) + " at position "
                + (at + 1) + " (ids are ASCII letters, digits and . _ - : / ~ starting with a letter or a digit)");
    }

    /**
     * What is wrong with a name or a text.
     *
     * @param text       the text; not null
     * @param lineBreaks whether line breaks and tabs are allowed (a description), or not (a name)
     * @return the sentence saying what is wrong, empty when it is printable
     */
    public static Optional<String> textProblem(String text, boolean lineBreaks) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of("is too long: " + text.length() + " characters, at most " + MAX_TEXT_LENGTH);
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!(lineBreaks && (c == '\n' || c == '\t' || c == '\r')) && !printable(c)) {
                return Optional.of("must not contain " + describe(c) + " (at position " + (i + 1) + " of "
                        + quote(text) + ")");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a number of a contract: too many digits before or after the decimal
     * point. Cheap whatever the number: {@code 1e100000000} is refused without being written out.
     *
     * @param number the number; not null
     * @return the sentence saying what is wrong, empty when it is within the bounds
     */
    public static Optional<String> numberProblem(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of("is too large: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        // only a number of few digits is stripped of its trailing zeros, which is then cheap
        if (number.scale() > MAX_DECIMALS && (number.precision() > MAX_INTEGER_DIGITS + MAX_DECIMALS + 40
                || number.stripTrailingZeros().scale() > MAX_DECIMALS)) {
            return Optional.of("has too many decimals: at most " + MAX_DECIMALS);
        }
        return Optional.empty();
    }

    /**
     * What is wrong with money stated in a contract: a number out of bounds, or digits below the
     * currency's minor unit.
     *
     * @param money the money; not null
     * @return the sentence saying what is wrong, empty when the contract may state it
     */
    public static Optional<String> moneyProblem(Money money) {
        Objects.requireNonNull(money, "money");
        Optional<String> number = numberProblem(money.amount());
        if (number.isPresent()) {
            return number;
        }
        if (!money.isRounded()) {
            int digits = Math.max(0, money.currency().getDefaultFractionDigits());
            return Optional.of("is finer than " + money.currency().getCurrencyCode() + " allows: " + money
                    + " (amounts of a contract are in the currency's minor unit, "
                    + (digits == 0 ? "no decimals" : digits + " decimals") + ")");
        }
        return Optional.empty();
    }

    /**
     * A text as a message quotes it: at most 60 characters, and each character that is not
     * printable, a quote or a backslash written as its code ({@code \u001B}), so a message never
     * carries a terminal escape or a huge value.
     *
     * @param text the text; not null
     * @return the quoted text, with its length when it was cut
     */
    public static String quote(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        int i = 0;
        for (; i < text.length() && shown < QUOTED; shown++) {
            int c = text.codePointAt(i);
            if (printable(c) && c != '"' && c != '\\') {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
            i += Character.charCount(c);
        }
        if (i < text.length()) {
            return out.append("...\" (").append(text.length()).append(" characters)").toString();
        }
        return out.append('"').toString();
    }

    private static boolean idCharacter(char c, boolean first) {
        boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return alphanumeric || !first && "._:/~-".indexOf(c) >= 0;
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE -> false;
            default -> true;
        };
    }

    private static String describe(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        return switch (Character.getType(c)) {
            case Character.CONTROL -> "the control character " + code;
            case Character.FORMAT -> "the format character " + code;
            case Character.SPACE_SEPARATOR -> "a space (" + code + ")";
            default -> printable(c) ? (c < 128 ? "the character '" : "the non-ASCII character '")
                    + Character.toString(c) + "' (" + code + ")" : "the character " + code;
        };
    }
}
