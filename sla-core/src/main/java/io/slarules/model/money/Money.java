package io.slarules.model.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.slarules.CurrencyMismatchException;
import io.slarules.internal.json.JsonExplicit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in a currency, exact: {@link BigDecimal} underneath, never rounded by
 * arithmetic. Rounding to the currency's minor unit happens once, when a decision is emitted, with
 * a named {@link RoundingMode} ({@link #rounded(RoundingMode)}).
 *
 * <p>Arithmetic between two amounts of different currencies throws
 * {@link CurrencyMismatchException}. Equality compares amounts by value, so {@code 1.0 EUR}
 * equals {@code 1.00 EUR}.
 *
 * <p>Jackson (any {@code ObjectMapper}, no module needed) writes it as
 * {@code {"amount":"4000.00","currency":"EUR"}}: the amount as a plain decimal <em>string</em>
 * with every digit it holds (its scale kept, never a JSON number a reader could turn into a
 * binary floating point value), the currency as its ISO 4217 code. It reads that form back to an
 * equal amount of the same scale, and also the file form {@code "4000.00 EUR"}.
 */
@JsonExplicit
@JsonPropertyOrder({"amount", "currency"})
public final class Money implements Comparable<Money> {

    private static final Pattern TEXT = Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * {@return an amount in a currency}
     *
     * @param amount the exact amount, any scale
     * @param currency the currency
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * {@return an amount in a currency given by its ISO 4217 code, the amount written as a decimal}
     *
     * @param amount the amount as a plain decimal, e.g. {@code "1250.00"}
     * @param currencyCode the currency's ISO 4217 code, e.g. {@code "EUR"}
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** The Jackson form's reader: both parts are required, the amount exact. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    private static Money fromJson(@JsonProperty(value = "amount", required = true) String amount,
                                  @JsonProperty(value = "currency", required = true) String currencyCode) {
        return of(amount, currencyCode);
    }

    /** The Jackson reader of the file form, {@code "4000.00 EUR"}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Money fromJsonText(String text) {
        return parse(text);
    }

    /** The amount as Jackson writes it: plain, every digit held. */
    @JsonProperty("amount")
    private String amountText() {
        return amount.toPlainString();
    }

    /** The currency as Jackson writes it: the ISO 4217 code. */
    @JsonProperty("currency")
    private String currencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * {@return zero in a currency}
     *
     * @param currency the currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the form used in agreement files, {@code "200000.00 EUR"}: a plain decimal, one space,
     * an ISO 4217 code.
     *
     * @throws IllegalArgumentException when the text is not of that form or the code is unknown
     * @param text the amount as written in an agreement file
     * @return the amount
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not an amount of money: \"" + text + "\" (expected e.g. \"1250.00 EUR\")");
        }
        return new Money(new BigDecimal(m.group(1)), Currency.getInstance(m.group(2)));
    }

    /**
     * {@return the sum of amounts, all in {@code currency}; zero when there are none}
     *
     * @param currency the currency of the sum, and of every amount
     * @param amounts the amounts to add
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** {@return the exact amount} */
    public BigDecimal amount() {
        return amount;
    }

    /** {@return the currency} */
    public Currency currency() {
        return currency;
    }

    /**
     * {@return the exact sum}
     *
     * @param other an amount in the same currency
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * {@return the exact difference}
     *
     * @param other an amount in the same currency
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * {@return the exact product with a factor (a count of units, a rate)}
     *
     * @param factor the factor, exact
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
    }

    /**
     * {@return the exact product with a count}
     *
     * @param count the count
     */
    public Money times(long count) {
        return times(BigDecimal.valueOf(count));
    }

    /**
     * {@return the given percentage of this amount, exact: {@code percent(0.5)} of 200,000 is 1,000}
     *
     * @param percent the percentage, e.g. {@code 0.5} for half a percent
     */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * {@return the smaller of two amounts (this one when equal)}
     *
     * @param other an amount in the same currency
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * {@return the larger of two amounts (this one when equal)}
     *
     * @param other an amount in the same currency
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** {@return whether the amount is above zero} */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * {@return the amount rounded to the currency's minor unit (cents for EUR, none for JPY)}
     *
     * @param mode how the digits below the minor unit are rounded away
     */
    public Money rounded(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        return new Money(amount.setScale(minorDigits(), mode), currency);
    }

    /** {@return whether the amount has no digits below the currency's minor unit} */
    public boolean isRounded() {
        return amount.stripTrailingZeros().scale() <= minorDigits();
    }

    private int minorDigits() {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * Compares amounts of one currency by value.
     *
     * @throws CurrencyMismatchException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
    }

    /**
     * The form explanations use, {@code "1,250.00 EUR"}: thousands grouped, at least the currency's
     * minor unit, and every significant digit of an exact intermediate amount.
     *
     * @return the amount as text for people
     */
    public String toDisplayString() {
        // what String.format(Locale.ROOT, "%,.Nf") writes, without it: formatting money that way was about a tenth of
        // an evaluation's CPU (issue 15). The scale covers every significant digit, so setScale drops none.
        int digits = Math.max(currency.getDefaultFractionDigits(), Math.max(0, amount.stripTrailingZeros().scale()));
        String plain = amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int integerEnd = point < 0 ? plain.length() : point;
        String code = currency.getCurrencyCode();
        StringBuilder text = new StringBuilder(plain.length() + plain.length() / 3 + code.length() + 1);
        text.append(plain, 0, integerEnd);
        for (int at = integerEnd - 3; at > sign; at -= 3) {
            text.insert(at, ',');
        }
        return text.append(plain, integerEnd, plain.length()).append(' ').append(code).toString();
    }

    /** The file form, {@code "1250.00 EUR"}, with the amount exactly as held. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
