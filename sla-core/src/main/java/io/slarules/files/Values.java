package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.calendar.TimeRange;
import io.slarules.model.InputLimits;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The scalar values of agreement and timeline files. Each reading is strict: a value either is
 * exactly of the documented form or is {@link Unreadable}, with a sentence saying what was
 * expected. The patterns are the ones the JSON Schemas state, which a test compares.
 */
final class Values {

    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    static final String INSTANT_PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
    static final String MONEY_PATTERN = "^-?\\d+(\\.\\d+)? [A-Z]{3}$";
    static final String CURRENCY_PATTERN = "^[A-Z]{3}$";
    static final String PERCENT_PATTERN = "^\\d+(\\.\\d+)? ?%$";
    /** What the schema states for a percentage-or-money field; the reader tells the two apart itself. */
    static final String AMOUNT_PATTERN = PERCENT_PATTERN + "|^\\d+(\\.\\d+)? [A-Z]{3}$";
    static final String MONTH_PATTERN = "^\\d{4}-\\d{2}$";
    static final String TIME_RANGE_PATTERN = "^\\d{2}:\\d{2}(:\\d{2})?-\\d{2}:\\d{2}(:\\d{2})?$";

    private static final Pattern DATE = Pattern.compile(DATE_PATTERN);
    private static final Pattern INSTANT = Pattern.compile(INSTANT_PATTERN);
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+$");
    private static final Pattern MONEY = Pattern.compile(MONEY_PATTERN);
    private static final Pattern CURRENCY = Pattern.compile(CURRENCY_PATTERN);
    private static final Pattern PERCENT = Pattern.compile(PERCENT_PATTERN);
    private static final Pattern MONTH = Pattern.compile(MONTH_PATTERN);
    private static final Pattern TIME_RANGE = Pattern.compile(TIME_RANGE_PATTERN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An amount of 18 digits, a point, 12 decimals, a sign, a space and a code fit with room to spare. */
    private static final int MAX_MONEY_CHARS = 48;

    private static final String INSTANT_FORMS = "2026-03-02T17:00:00Z or 2026-03-02T17:00:00+01:00";

    private Values() {
    }

    /**
     * An id or a reference to one. A number is taken as the text it was written as, because YAML
     * reads an unquoted clause reference like {@code 12.1} as a number.
     */
    static String id(JsonNode node) throws Unreadable {
        String id = written(node, "must be text (an id), found ");
        // blank ids and ids with white space around them get the model's own sentences
        if (!id.isBlank() && id.equals(id.strip())) {
            Optional<String> problem = InputLimits.idProblem(id);
            if (problem.isPresent()) {
                throw new Unreadable(problem.get());
            }
        }
        return id;
    }

    /** A name, title, description or reason: printable, line breaks allowed. */
    static String text(JsonNode node) throws Unreadable {
        String text = written(node, "must be text, found ");
        Optional<String> problem = InputLimits.textProblem(text, true);
        if (problem.isPresent()) {
            throw new Unreadable(problem.get());
        }
        return text;
    }

    /** Text, or a number taken as the text it was written as. */
    private static String written(JsonNode node, String otherwise) throws Unreadable {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? decimal(node).toPlainString() : node.asText();
        }
        throw new Unreadable(otherwise + describe(node));
    }

    static LocalDate date(JsonNode node) throws Unreadable {
        return parseDate(textOf(node, "a date (yyyy-mm-dd)"));
    }

    /** An instant with an offset, or a date that {@code dateMeans} turns into an instant. */
    static Reading<Instant> instantOrDate(Function<LocalDate, Instant> dateMeans) {
        return node -> {
            String text = textOf(node, "a date or an instant (" + INSTANT_FORMS + ")");
            return DATE.matcher(text).matches() ? dateMeans.apply(parseDate(text)) : instant(text);
        };
    }

    static boolean isDate(String text) {
        return DATE.matcher(text).matches();
    }

    static LocalDate parseDate(String text) throws Unreadable {
        if (!DATE.matcher(text).matches()) {
            throw new Unreadable("not a date: " + quote(text) + " (expected yyyy-mm-dd, e.g. 2026-03-01)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable("not a date: " + quote(text) + " (no such day in the calendar)");
        }
        requireYear(date.getYear(), text);
        return date;
    }

    /** An instant written with its offset; a local time alone would be ambiguous. */
    static Instant instant(String text) throws Unreadable {
        if (!INSTANT.matcher(text).matches()) {
            throw new Unreadable(LOCAL_DATE_TIME.matcher(text).matches()
                    ? "not an instant: " + quote(text) + " has no offset (write e.g. " + INSTANT_FORMS + ")"
                    : "not a date or an instant: " + quote(text) + " (expected 2026-03-02, " + INSTANT_FORMS + ")");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unreadable("not an instant: " + quote(text) + " (no such date or time of day)");
        }
    }

    /**
     * An instant that must be written with its offset: where the time of day matters (a case's
     * clock runs in business hours), a date alone would say too little.
     */
    static Instant instant(JsonNode node) throws Unreadable {
        String text = textOf(node, "an instant (" + INSTANT_FORMS + ")");
        if (DATE.matcher(text).matches()) {
            throw new Unreadable("needs the time of day: " + quote(text) + " is a date (write an instant, e.g. "
                    + INSTANT_FORMS + ")");
        }
        return instant(text);
    }

    /** A calendar month, {@code yyyy-mm}. */
    static YearMonth month(JsonNode node) throws Unreadable {
        String text = textOf(node, "a month (yyyy-mm, e.g. 2026-03)");
        if (!MONTH.matcher(text).matches()) {
            throw new Unreadable("not a month: " + quote(text) + " (expected yyyy-mm, e.g. 2026-03)");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable("not a month: " + quote(text) + " (no such month)");
        }
        requireYear(month.getYear(), text);
        return month;
    }

    /** Dates of a contract lie in the years a period may: a year 0001 is a typing error, not a term. */
    private static void requireYear(int year, String text) throws Unreadable {
        if (year < DateRange.MIN_YEAR || year > DateRange.MAX_YEAR) {
            throw new Unreadable("lies outside the years " + DateRange.MIN_YEAR + " to " + DateRange.MAX_YEAR + ": " + text);
        }
    }

    /** A length of time in ISO-8601, {@code PT8H}, {@code PT30M}, {@code P7D}; never negative. */
    static Duration duration(JsonNode node) throws Unreadable {
        String text = textOf(node, "a duration in ISO-8601 (e.g. PT8H, PT30M, P7D)");
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new Unreadable("not a duration: " + quote(text) + " (expected ISO-8601, e.g. PT8H, PT30M, P7D)");
        }
        if (duration.isNegative()) {
            throw new Unreadable("must not be negative, was " + text);
        }
        return duration;
    }

    /** A local time range within a day, {@code 09:00-17:00}; {@code 24:00} ends the day. */
    static TimeRange timeRange(JsonNode node) throws Unreadable {
        String text = textOf(node, "a time range (e.g. 09:00-17:00)");
        if (!TIME_RANGE.matcher(text).matches()) {
            throw new Unreadable("not a time range: " + quote(text) + " (expected hh:mm-hh:mm, e.g. 09:00-17:00)");
        }
        int hyphen = text.indexOf('-');
        String end = text.substring(hyphen + 1);
        try {
            LocalTime.parse(text.substring(0, hyphen));
            if (!end.equals("24:00")) {
                LocalTime.parse(end);
            }
        } catch (DateTimeParseException e) {
            throw new Unreadable("not a time range: " + quote(text) + " (no such time of day; 24:00 ends the day)");
        }
        try {
            return TimeRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("not a time range: " + quote(text) + " does not end after it starts (a range never"
                    + " runs past midnight: write one on each day)");
        }
    }

    /** A percentage written as a number, 0 to 100, exact. */
    static BigDecimal percent(JsonNode node) throws Unreadable {
        BigDecimal value = decimal(node);
        requirePercent(value);
        return value;
    }

    private static void requirePercent(BigDecimal value) throws Unreadable {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new Unreadable("a percentage must lie between 0 and 100, was " + value.toPlainString());
        }
    }

    /**
     * A percentage of a fee, {@code "10%"}, or money, {@code "100.00 USD"}: both text, so that a
     * bare number cannot leave the reader guessing which was meant.
     */
    static Amount amount(JsonNode node) throws Unreadable {
        String expected = "a percentage (\"10%\") or an amount of money (\"100.00 USD\")";
        if (!node.isTextual()) {
            throw new Unreadable("must be " + expected + ", found " + describe(node));
        }
        String text = node.textValue();
        if (text.length() > MAX_MONEY_CHARS) {
            throw new Unreadable("is too long for " + expected + ": " + quote(text));
        }
        if (text.strip().endsWith("%")) {
            if (!PERCENT.matcher(text).matches()) {
                throw new Unreadable("not a percentage: " + quote(text) + " (expected e.g. \"10%\" or \"2.5%\")");
            }
            BigDecimal percent = new BigDecimal(text.substring(0, text.indexOf('%')).strip());
            Optional<String> problem = InputLimits.numberProblem(percent);
            if (problem.isPresent()) {
                throw new Unreadable(problem.get());
            }
            requirePercent(percent);
            return Amount.percentOfValue(percent);
        }
        if (!MONEY.matcher(text).matches()) {
            throw new Unreadable("not " + expected + ": " + quote(text) + "");
        }
        Money money = money(node);
        if (money.isNegative()) {
            throw new Unreadable("must not be negative, was " + money);
        }
        return Amount.of(money);
    }

    static Boolean bool(JsonNode node) throws Unreadable {
        if (!node.isBoolean()) {
            throw new Unreadable("must be true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** Money stated in a contract: in the currency's minor unit. */
    static Money money(JsonNode node) throws Unreadable {
        Money money = rate(node);
        Optional<String> problem = InputLimits.moneyProblem(money);
        if (problem.isPresent()) {
            throw new Unreadable(problem.get());
        }
        return money;
    }

    /**
     * Money per unit (of delay, of a quota's shortfall), which may be finer than the minor unit: a
     * total is rounded once, at the decision. Money is written as text, so no binary floating point
     * ever touches an amount.
     */
    static Money rate(JsonNode node) throws Unreadable {
        String text = textOf(node, "an amount and a currency code in text, e.g. \"1250.00 EUR\"");
        if (text.length() > MAX_MONEY_CHARS) {
            throw new Unreadable("is too long for an amount of money: " + quote(text));
        }
        if (!MONEY.matcher(text).matches()) {
            throw new Unreadable("not an amount of money: " + quote(text)
                    + " (expected an amount, one space and a currency code, e.g. \"1250.00 EUR\")");
        }
        currency(text.substring(text.length() - 3));
        Money money = Money.parse(text);
        Optional<String> problem = InputLimits.numberProblem(money.amount());
        if (problem.isPresent()) {
            throw new Unreadable(problem.get());
        }
        return money;
    }

    static Currency currency(JsonNode node) throws Unreadable {
        return currency(textOf(node, "a currency code (ISO 4217, e.g. EUR)"));
    }

    private static Currency currency(String code) throws Unreadable {
        if (!CURRENCY.matcher(code).matches()) {
            throw new Unreadable("not a currency code: " + quote(code) + " (expected three capital letters, ISO 4217, e.g. EUR)");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("unknown currency code " + quote(code) + " (ISO 4217, e.g. EUR)");
        }
    }

    static ZoneId zone(JsonNode node) throws Unreadable {
        String text = textOf(node, "a time zone (e.g. Europe/Berlin)");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new Unreadable("unknown time zone " + quote(text) + " (expected a region such as Europe/Berlin, or UTC)");
        }
    }

    /** A number, exact: as the decimal written, never through a double. */
    static BigDecimal decimal(JsonNode node) throws Unreadable {
        if (!node.isNumber()) {
            throw new Unreadable("must be a number, found " + describe(node));
        }
        // the YAML parser gives small numbers as int nodes; their text is the exact decimal written
        BigDecimal value = node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.asText());
        // bounded before any arithmetic: a 30-byte 1e100000000 would take minutes to add to anything
        Optional<String> problem = InputLimits.numberProblem(value);
        if (problem.isPresent()) {
            throw new Unreadable(problem.get());
        }
        return value;
    }

    static Long longValue(JsonNode node) throws Unreadable {
        if (!node.isIntegralNumber()) {
            throw new Unreadable("must be a whole number, found " + describe(node));
        }
        if (!node.canConvertToLong()) {
            throw new Unreadable("is too large: " + abbreviatedNumber(node));
        }
        return node.longValue();
    }

    static Integer intValue(JsonNode node) throws Unreadable {
        if (!node.isIntegralNumber()) {
            throw new Unreadable("must be a whole number, found " + describe(node));
        }
        if (!node.canConvertToInt()) {
            throw new Unreadable("is too large: " + abbreviatedNumber(node));
        }
        return node.intValue();
    }

    /** One of a fixed set of words, each standing for a value. */
    static <T> Reading<T> choice(Map<String, T> allowed) {
        String words = String.join(", ", allowed.keySet());
        return node -> {
            String text = textOf(node, "one of " + words);
            T value = allowed.get(text);
            if (value == null) {
                throw new Unreadable("unknown value " + quote(text) + " (allowed: " + words + ")");
            }
            return value;
        };
    }

    /** The constants of an enum, by name, in declaration order. */
    static <E extends Enum<E>> Map<String, E> names(List<E> constants) {
        Map<String, E> byName = new LinkedHashMap<>();
        constants.forEach(c -> byName.put(c.name(), c));
        return Collections.unmodifiableMap(byName);
    }

    private static String textOf(JsonNode node, String expected) throws Unreadable {
        if (!node.isTextual()) {
            throw new Unreadable("must be " + expected + ", found " + describe(node));
        }
        return node.textValue();
    }

    /** A number as a message shows it: whole when short, else its first digits and its length. */
    private static String abbreviatedNumber(JsonNode node) {
        String text = node.asText();
        return text.length() <= 30 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
    }

    /** The node as a message shows it: what kind of value, and the value when it is short. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NUMBER -> "the number " + abbreviatedNumber(node);
            case STRING -> "the text " + quote(node.textValue());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> "an unexpected value";
        };
    }

    /** A value of the file as a message quotes it: short, and without a character a terminal would act on. */
    static String quote(String text) {
        return InputLimits.quote(text);
    }
}
