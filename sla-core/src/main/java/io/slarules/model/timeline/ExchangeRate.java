package io.slarules.model.timeline;

import io.slarules.CurrencyMismatchException;
import io.slarules.internal.model.Checks;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.LiquidatedDamages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rate of exchange: one {@code from} is worth {@code rate} {@code to}, from {@code date} (a day of the
 * agreement's zone) until a later rate of the same pair. A liquidated-damages clause paid in another currency
 * than the agreement's may agree its own rates ({@link LiquidatedDamages#exchangeRates()}); a timeline may record
 * the rates published (a central bank's), as events. A clause's own rates, when it has any for the pair, are
 * the ones used: the contract fixed them.
 *
 * @param id   the rate's id: unique within the timeline, or within the clause
 * @param from the currency converted from (the agreement's)
 * @param to   the currency converted to (the clause's {@code payIn})
 * @param rate how many {@code to} one {@code from} is worth; positive, exact
 * @param date the first day the rate applies
 */
public record ExchangeRate(String id, Currency from, Currency to, BigDecimal rate, LocalDate date)
        implements TimelineEvent {

    /**
     * Validates the fields.
     *
     * @param id the rate's id
     * @param from the currency converted from
     * @param to the currency converted to
     * @param rate how many {@code to} one {@code from} is worth; positive, exact
     * @param date the first day the rate applies
     */
    public ExchangeRate {
        Checks.id(id, "timeline", "id");
        Checks.present(from, "timeline", "from");
        Checks.present(to, "timeline", "to");
        Checks.number(Checks.present(rate, "timeline", "rate"), "timeline", "rate");
        if (rate.signum() <= 0) {
            throw Checks.fail("timeline", "rate", "must be positive, was " + rate.toPlainString());
        }
        Checks.present(date, "timeline", "date");
        if (from.equals(to)) {
            throw Checks.fail("timeline", "to", "converts " + from + " into itself");
        }
    }

    /**
     * {@return a rate of exchange}
     *
     * @param id the rate's id
     * @param from the ISO 4217 code converted from
     * @param to the ISO 4217 code converted to
     * @param rate how many {@code to} one {@code from} is worth, e.g. {@code "1.0850"}
     * @param date the first day the rate applies
     */
    public static ExchangeRate of(String id, String from, String to, String rate, LocalDate date) {
        return new ExchangeRate(id, Currency.getInstance(Objects.requireNonNull(from, "from")),
                Currency.getInstance(Objects.requireNonNull(to, "to")), new BigDecimal(Objects.requireNonNull(rate,
                "rate")), date);
    }

    /**
     * {@return the exact amount in {@code to}, unrounded}
     *
     * @param money an amount in {@code from}
     * @throws CurrencyMismatchException when {@code money} is not in {@code from}
     */
    public Money convert(Money money) {
        if (!money.currency().equals(from)) {
            throw new CurrencyMismatchException(from, money.currency());
        }
        return Money.of(money.amount().multiply(rate), to);
    }

    /**
     * {@return the rate of {@code rates} that applies on {@code day}: the pair's latest dated on or before it (of
     * two on one date, the smaller id)}
     *
     * @param rates the rates to choose from
     * @param from the currency converted from
     * @param to the currency converted to
     * @param day the day of the conversion
     */
    public static Optional<ExchangeRate> applying(List<ExchangeRate> rates, Currency from, Currency to,
                                                  LocalDate day) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(day, "day");
        return rates.stream().filter(r -> r.from().equals(from) && r.to().equals(to) && !r.date().isAfter(day))
                .max(Comparator.comparing(ExchangeRate::date).thenComparing(ExchangeRate::id,
                        Comparator.reverseOrder()));
    }
}
