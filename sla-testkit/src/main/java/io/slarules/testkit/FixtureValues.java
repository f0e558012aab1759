package io.slarules.testkit;

import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** The text forms fixtures take: dates and instants, amounts and percentages. */
final class FixtureValues {

    private FixtureValues() {
    }

    static boolean isDate(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /**
     * An instant from {@code 2026-03-02T17:00:00+01:00} (its offset), {@code 2026-03-02T17:00} (in
     * {@code zone}) or a date, which {@code startOfDay} says is read as its start or its end.
     */
    static Instant instant(String text, ZoneId zone, boolean startOfDay) {
        Objects.requireNonNull(text, "text");
        try {
            if (isDate(text)) {
                LocalDate date = LocalDate.parse(text);
                return (startOfDay ? date : date.plusDays(1)).atStartOfDay(zone).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date or an instant: \"" + text
                    + "\" (expected 2026-03-02, 2026-03-02T17:00 or 2026-03-02T17:00:00+01:00)", e);
        }
    }

    /** {@code "0.5 %"} is a percentage of the clause's value, {@code "1000.00 EUR"} an amount. */
    static Amount amount(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.endsWith("%")) {
            return Amount.percentOfValue(new BigDecimal(t.substring(0, t.length() - 1).strip()));
        }
        return Amount.of(Money.parse(t));
    }
}
