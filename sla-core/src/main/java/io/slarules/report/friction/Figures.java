package io.slarules.report.friction;

import io.slarules.model.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the renderers write durations, money and rates, the same in every format. */
final class Figures {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(Duration.ofDays(1).toSeconds());

    private Figures() {
    }

    /** A length for people: {@code 21d}, {@code 4d 3h}, {@code 50m}, {@code 0} for none; 24-hour days. */
    static String length(Duration length) {
        if (length.isZero()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        append(text, length.toDays(), "d");
        append(text, length.toHoursPart(), "h");
        append(text, length.toMinutesPart(), "m");
        append(text, length.toSecondsPart(), "s");
        return text.isEmpty() ? "<1s" : text.toString();
    }

    private static void append(StringBuilder text, long value, String unit) {
        if (value != 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(value).append(unit);
        }
    }

    /** A length in its largest unit, for a small space: {@code 7d}, {@code 6.5d}, {@code 10h}, {@code 50m}. */
    static String shortLength(Duration length) {
        long seconds = length.toSeconds();
        if (seconds >= 86_400) {
            return compact(seconds / 86_400.0) + "d";
        }
        if (seconds >= 3_600) {
            return compact(seconds / 3_600.0) + "h";
        }
        return compact(Math.max(seconds, 60) / 60.0) + "m";
    }

    private static String compact(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(value >= 10 ? 0 : 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A length in 24-hour days, plain, at most six decimals, no trailing zeros: {@code 21}, {@code 0.034722}. */
    static String days(Duration length) {
        BigDecimal seconds = BigDecimal.valueOf(length.getSeconds()).add(BigDecimal.valueOf(length.getNano(), 9));
        BigDecimal days = seconds.divide(SECONDS_PER_DAY, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return days.signum() == 0 ? "0" : days.toPlainString();
    }

    /** A length in days as a number, for charts. */
    static double daysValue(Duration length) {
        return length.toSeconds() / 86_400.0;
    }

    /** An amount with the currency's minor digits (more when it has them): {@code 4000.00}. */
    static String amount(Money money) {
        int minorDigits = Math.max(0, money.currency().getDefaultFractionDigits());
        BigDecimal amount = money.amount();
        BigDecimal shortest = amount.stripTrailingZeros();
        BigDecimal written = shortest.scale() <= minorDigits ? amount.setScale(minorDigits, RoundingMode.UNNECESSARY)
                : shortest;
        return written.toPlainString();
    }

    /** Amounts for people: {@code 4000.00 EUR; 20.00 USD}, {@code -} for none. */
    static String money(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return "-";
        }
        return amounts.stream().map(m -> amount(m) + " " + m.currency().getCurrencyCode())
                .collect(Collectors.joining("; "));
    }

    /** A rate with its parts: {@code 50.0 % (1/2)}, {@code -} when there is nothing to rate. */
    static String rate(Optional<BigDecimal> rate, int part, int whole) {
        return rate.map(r -> r.toPlainString() + " % (" + part + "/" + whole + ")").orElse("-");
    }
}
