package io.slarules.internal.json;

import com.fasterxml.jackson.databind.util.StdConverter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Converters Jackson calls through annotations on the API types, so that a plain
 * {@code ObjectMapper} (no JavaTimeModule, no Jdk8Module) writes and reads them: decimals as plain
 * strings with their scale ({@code "4000.00"}, never {@code 4E+3} nor a binary floating point
 * number), {@code java.time} values as their ISO-8601 text. Writing java.time values goes through
 * Jackson's own {@code ToStringSerializer}; these classes read them back.
 *
 * <p>Not for users; see the package description.
 */
public final class JsonForms {

    private JsonForms() {
    }

    /** Writes a decimal as its plain string, every digit of its scale kept. */
    public static final class DecimalToText extends StdConverter<BigDecimal, String> {
        /** Called by Jackson. */
        public DecimalToText() {
        }

        @Override
        public String convert(BigDecimal value) {
            return value.toPlainString();
        }
    }

    /** Reads a decimal from its text exactly; a JSON number is read through its text too. */
    public static final class TextToDecimal extends StdConverter<String, BigDecimal> {
        /** Called by Jackson. */
        public TextToDecimal() {
        }

        @Override
        public BigDecimal convert(String value) {
            return new BigDecimal(value.strip());
        }
    }

    /** Reads an instant from its ISO-8601 text in UTC, {@code 2026-04-24T22:00:00Z}. */
    public static final class TextToInstant extends StdConverter<String, Instant> {
        /** Called by Jackson. */
        public TextToInstant() {
        }

        @Override
        public Instant convert(String value) {
            return Instant.parse(value);
        }
    }

    /** Reads a duration from its ISO-8601 text, {@code PT504H}. */
    public static final class TextToDuration extends StdConverter<String, Duration> {
        /** Called by Jackson. */
        public TextToDuration() {
        }

        @Override
        public Duration convert(String value) {
            return Duration.parse(value);
        }
    }

    /** Reads a date from its ISO-8601 text, {@code 2026-04-01}. */
    public static final class TextToLocalDate extends StdConverter<String, LocalDate> {
        /** Called by Jackson. */
        public TextToLocalDate() {
        }

        @Override
        public LocalDate convert(String value) {
            return LocalDate.parse(value);
        }
    }

    /** Reads a month from its ISO-8601 text, {@code 2026-04}. */
    public static final class TextToYearMonth extends StdConverter<String, YearMonth> {
        /** Called by Jackson. */
        public TextToYearMonth() {
        }

        @Override
        public YearMonth convert(String value) {
            return YearMonth.parse(value);
        }
    }
}
