package io.slarules.model.obligations;

import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.timeline.ExchangeRate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A liquidated-damages clause: prices the delay attributed to {@link #debtor()} on the listed
 * obligations at a rate per unit of delay, optionally capped, optionally giving the creditor a
 * termination right once the attributed delay exceeds a threshold.
 *
 * <p>The same clause prices the customer's attributed delay (a standby fee) when the customer is
 * the debtor.
 *
 * @param id                  the clause reference
 * @param title               for explanations; may be empty
 * @param debtor              the party whose attributed delay is priced, and who pays
 * @param creditor            the party that is paid
 * @param obligations         the obligations whose delay the clause prices; at least one
 * @param value               the stated value percentages refer to (the contract value)
 * @param rate                the price of one unit of delay
 * @param unit                the unit delay is counted in
 * @param rounding            how a part of a unit counts
 * @param cap                 the most the clause can cost the debtor over the agreement's life
 * @param terminationAfter    the creditor may terminate once the attributed delay, in units,
 *                            is strictly greater than this
 * @param shares              when several parties are compensated: their shares, adding up to
 *                            100 %; each part rounded down to the minor unit, the cents left over
 *                            to {@code creditor}. Empty: all to {@code creditor}
 * @param unitMultiple        the rate is per this many {@code unit}s: 7 days is a rate per week,
 *                            4 hours per 4 hours; at least 1
 * @param terminationBasis    what {@code terminationAfter} is compared with: the units counted
 *                            (the default) or the exact attributed delay
 * @param payIn               the currency the decision is paid in, when not the agreement's: the
 *                            amount is converted once, at the decision, and rounded once
 * @param exchangeRates       the rates the clause agrees for {@code payIn}, each from its date on; when it
 *                            agrees none, the timeline's apply
 */
public record LiquidatedDamages(String id, String title, String debtor, String creditor,
                                List<String> obligations, Optional<Money> value, Amount rate,
                                DelayUnit unit, DelayRounding rounding, Optional<Amount> cap,
                                OptionalLong terminationAfter, List<CreditShare> shares, long unitMultiple,
                                TerminationBasis terminationBasis, Optional<Currency> payIn,
                                List<ExchangeRate> exchangeRates) implements PenaltyClause {

    /** What a clause's termination threshold is compared with. */
    public enum TerminationBasis {
        /**
         * The attributed delay as the clause counts it (started, whole or pro rata units): the default, and
         * what every clause compared before it could say otherwise.
         */
        COUNTED_UNITS,
        /** The exact attributed delay: 15 days 12 hours exceeds 15 days, whatever the counting. */
        EXACT_DURATION
    }

    /**
     * Validates each field; cross-references and currencies are checked by {@link Agreement}.
     *
     * @param id the clause reference
     * @param title for explanations; may be empty
     * @param debtor the party whose attributed delay is priced, and who pays
     * @param creditor the party that is paid
     * @param obligations the obligations whose delay the clause prices; at least one
     * @param value the stated value percentages refer to (the contract value)
     * @param rate the price of one unit of delay
     * @param unit the unit delay is counted in
     * @param rounding how a part of a unit counts
     * @param cap the most the clause can cost the debtor over the agreement's life
     * @param terminationAfter the creditor may terminate once the attributed delay, in units, is strictly greater
     *                         than this
     * @param shares when several parties are compensated: their shares, adding up to 100 %; each part rounded down to
     *               the minor unit, the cents left over to {@code creditor}. Empty: all to {@code creditor}
     * @param unitMultiple the rate is per this many {@code unit}s (7 days: a week); at least 1
     * @param terminationBasis what {@code terminationAfter} is compared with
     * @param payIn the currency a decision is paid in, when not the agreement's
     * @param exchangeRates the rates the clause agrees for {@code payIn}, each from its date on
     */
    public LiquidatedDamages {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(debtor, "agreement", "debtor");
        Checks.id(creditor, "agreement", "creditor");
        obligations = Checks.list(obligations, "agreement", "obligations");
        if (obligations.isEmpty()) {
            throw Checks.fail("agreement", "obligations", "must name at least one obligation");
        }
        value = Checks.present(value, "agreement", "value");
        value.ifPresent(v -> {
            if (v.isNegative()) {
                throw Checks.fail("agreement", "value", "must not be negative, was " + v);
            }
        });
        Checks.present(rate, "agreement", "rate");
        Checks.present(unit, "agreement", "rate.per");
        Checks.present(rounding, "agreement", "rounding");
        cap = Checks.present(cap, "agreement", "cap");
        Checks.present(terminationAfter, "agreement", "terminationAfter");
        if (terminationAfter.isPresent() && terminationAfter.getAsLong() < 0) {
            throw Checks.fail("agreement", "terminationAfter",
                    "must not be negative, was " + terminationAfter.getAsLong());
        }
        shares = Checks.shares(shares);
        if (unitMultiple < 1) {
            throw Checks.fail("agreement", "rate.per", "must be at least one " + unit.label(1) + ", was " + unitMultiple);
        }
        Checks.present(terminationBasis, "agreement", "terminationBasis");
        payIn = Checks.present(payIn, "agreement", "payIn");
        exchangeRates = Checks.list(exchangeRates, "agreement", "exchangeRates");
        if (payIn.isEmpty() && !exchangeRates.isEmpty()) {
            throw Checks.fail("agreement", "exchangeRates", "are given, but the clause names no payIn currency");
        }
        if (value.isEmpty() && rate instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the rate is a percentage of the value");
        }
        if (value.isEmpty() && cap.orElse(null) instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the cap is a percentage of the value");
        }
    }

    /**
     * A clause counted per one unit, its threshold compared on the units counted, paid in the agreement's currency.
     *
     * @param id the clause reference
     * @param title for explanations; may be empty
     * @param debtor the party whose attributed delay is priced, and who pays
     * @param creditor the party that is paid
     * @param obligations the obligations whose delay the clause prices; at least one
     * @param value the stated value percentages refer to (the contract value)
     * @param rate the price of one unit of delay
     * @param unit the unit delay is counted in
     * @param rounding how a part of a unit counts
     * @param cap the most the clause can cost the debtor over the agreement's life
     * @param terminationAfter the creditor may terminate once the attributed delay, in units, is strictly greater
     *                         than this
     * @param shares when several parties are compensated: their shares, adding up to 100 %; each part rounded down to
     *               the minor unit, the cents left over to {@code creditor}. Empty: all to {@code creditor}
     */
    public LiquidatedDamages(String id, String title, String debtor, String creditor, List<String> obligations,
                             Optional<Money> value, Amount rate, DelayUnit unit, DelayRounding rounding,
                             Optional<Amount> cap, OptionalLong terminationAfter, List<CreditShare> shares) {
        this(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap, terminationAfter, shares, 1,
                TerminationBasis.COUNTED_UNITS, Optional.empty(), List.of());
    }

    /**
     * A clause that compensates its creditor alone.
     *
     * @param id the clause reference
     * @param title for explanations; may be empty
     * @param debtor the party whose attributed delay is priced, and who pays
     * @param creditor the party that is paid
     * @param obligations the obligations whose delay the clause prices; at least one
     * @param value the stated value percentages refer to (the contract value)
     * @param rate the price of one unit of delay
     * @param unit the unit delay is counted in
     * @param rounding how a part of a unit counts
     * @param cap the most the clause can cost the debtor over the agreement's life
     * @param terminationAfter the creditor may terminate once the attributed delay, in units, is strictly greater
     *                         than this
     */
    public LiquidatedDamages(String id, String title, String debtor, String creditor, List<String> obligations,
                             Optional<Money> value, Amount rate, DelayUnit unit, DelayRounding rounding,
                             Optional<Amount> cap, OptionalLong terminationAfter) {
        this(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap, terminationAfter, List.of());
    }

    /**
     * The same clause compensating several parties by shares.
     *
     * @param shares when several parties are compensated: their shares, adding up to 100 %; each part rounded down to
     *               the minor unit, the cents left over to {@code creditor}. Empty: all to {@code creditor}
     * @return a clause equal to this one but for the shares
     */
    public LiquidatedDamages withShares(List<CreditShare> shares) {
        return new LiquidatedDamages(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap,
                terminationAfter, shares, unitMultiple, terminationBasis, payIn, exchangeRates);
    }

    /** {@return the length of the unit the rate is per: the unit times its multiple (7 days for a week)} */
    public Duration unitLength() {
        return unit.length().multipliedBy(unitMultiple);
    }

    /**
     * {@return the name of the clause's unit for explanations, singular or plural: day, hour, week, or "period of 2 days"}
     *
     * @param count how many units the label is for
     */
    public String unitLabel(long count) {
        if (unitMultiple == 1) {
            return unit.label(count);
        }
        if (unit == DelayUnit.DAYS && unitMultiple == 7) {
            return count == 1 ? "week" : "weeks";
        }
        return (count == 1 ? "period" : "periods") + " of " + unitMultiple + " " + unit.label(unitMultiple);
    }

    /** {@return whether the clause has a cap} */
    public boolean hasCap() {
        return cap.isPresent();
    }

    /** {@return the price of one unit of delay, exact} */
    public Money ratePerUnit() {
        return rate.resolve(value);
    }

    /** {@return the cap as money, exact, if the clause has one} */
    public Optional<Money> capAmount() {
        return cap.map(c -> c.resolve(value));
    }

    /**
     * {@return whether {@code units} of attributed delay give the creditor a termination right}
     *
     * @param units the attributed delay, in the clause's units
     */
    public boolean givesTerminationRight(long units) {
        return terminationAfter.isPresent() && units > terminationAfter.getAsLong();
    }

    /**
     * Whether an attributed delay gives the creditor a termination right, compared as the clause says:
     * the counted {@code units} with {@link TerminationBasis#COUNTED_UNITS}, the exact {@code delay} (against the
     * threshold times the unit's length) with {@link TerminationBasis#EXACT_DURATION}; strictly greater either way.
     *
     * @param delay the attributed delay, exact
     * @param units the same delay as the clause counts it
     * @return whether the threshold is exceeded
     */
    public boolean givesTerminationRight(Duration delay, long units) {
        Objects.requireNonNull(delay, "delay");
        if (terminationAfter.isEmpty()) {
            return false;
        }
        return terminationBasis == TerminationBasis.EXACT_DURATION
                ? delay.compareTo(unitLength().multipliedBy(terminationAfter.getAsLong())) > 0
                : givesTerminationRight(units);
    }

    /**
     * A builder for a liquidated-damages clause with the given id: the way to build one in code. Defaults: no title, a rate per {@link DelayUnit#DAYS day}, a started unit counts ({@link DelayRounding#UP}), no value, no cap, no termination right, all to the creditor. Required: debtor, creditor, at least one obligation and the rate (and the value when the rate or the cap is a percentage of it).
     *
     * @param id the clause reference decisions cite, e.g. {@code "12.1"}
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Builds a {@link LiquidatedDamages} clause; {@link #build()} applies the same checks as the constructor. Mutable, not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String debtor;
        private String creditor;
        private final List<String> obligations = new java.util.ArrayList<>();
        private Optional<Money> value = Optional.empty();
        private Amount rate;
        private DelayUnit unit = DelayUnit.DAYS;
        private DelayRounding rounding = DelayRounding.UP;
        private Optional<Amount> cap = Optional.empty();
        private OptionalLong terminationAfter = OptionalLong.empty();
        private final List<CreditShare> shares = new java.util.ArrayList<>();
        private long unitMultiple = 1;
        private TerminationBasis terminationBasis = TerminationBasis.COUNTED_UNITS;
        private Optional<Currency> payIn = Optional.empty();
        private final List<ExchangeRate> exchangeRates = new java.util.ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the title, for explanations.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Checks.present(title, "agreement", "title");
            return this;
        }

        /**
         * Sets the party whose attributed delay is priced, and who pays.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder debtor(String party) {
            this.debtor = Checks.present(party, "agreement", "debtor");
            return this;
        }

        /**
         * Sets the party that is paid.
         *
         * @param party the party's id
         * @return this builder
         */
        public Builder creditor(String party) {
            this.creditor = Checks.present(party, "agreement", "creditor");
            return this;
        }

        /**
         * Adds obligations whose delay the clause prices.
         *
         * @param obligations the obligations' ids
         * @return this builder
         */
        public Builder obligations(String... obligations) {
            this.obligations.addAll(Checks.list(java.util.Arrays.asList(Checks.present(obligations, "agreement", "obligations")), "agreement", "obligations"));
            return this;
        }

        /**
         * Sets the stated value percentages refer to (the contract value).
         *
         * @param value the value
         * @return this builder
         */
        public Builder value(Money value) {
            this.value = Optional.of(Checks.present(value, "agreement", "value"));
            return this;
        }

        /**
         * Sets the price of one unit of delay: {@code Amount.percentOfValue(...)} or {@code Amount.of(money)}.
         *
         * @param rate the rate
         * @return this builder
         */
        public Builder rate(Amount rate) {
            this.rate = Checks.present(rate, "agreement", "rate");
            return this;
        }

        /**
         * Sets the unit delay is counted in (days by default).
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder unit(DelayUnit unit) {
            this.unit = Checks.present(unit, "agreement", "rate.per");
            this.unitMultiple = 1;
            return this;
        }

        /**
         * Sets how a part of a unit counts ({@code UP} by default: a started unit counts).
         *
         * @param rounding the rounding
         * @return this builder
         */
        public Builder rounding(DelayRounding rounding) {
            this.rounding = Checks.present(rounding, "agreement", "rounding");
            return this;
        }

        /**
         * Sets the most the clause can cost the debtor over the agreement's life.
         *
         * @param cap a percentage of the value, or an amount
         * @return this builder
         */
        public Builder cap(Amount cap) {
            this.cap = Optional.of(Checks.present(cap, "agreement", "cap"));
            return this;
        }

        /**
         * Gives the creditor a termination right once the attributed delay, in units, is strictly greater than this.
         *
         * @param units the threshold, not negative
         * @return this builder
         */
        public Builder terminationAfter(long units) {
            this.terminationAfter = OptionalLong.of(units);
            return this;
        }

        /**
         * Adds shares of the parties compensated; the creditor gets the cents left over.
         *
         * @param shares the shares
         * @return this builder
         */
        public Builder shares(CreditShare... shares) {
            this.shares.addAll(Checks.list(java.util.Arrays.asList(Checks.present(shares, "agreement", "shares")), "agreement", "shares"));
            return this;
        }

        /**
         * Sets the unit the rate is per as a length of whole days ({@code P1W}, {@code P2D}) or, when not whole
         * days, whole hours ({@code PT4H}).
         *
         * @param length the unit's length, positive, a whole number of hours
         * @return this builder
         */
        public Builder per(Duration length) {
            Checks.present(length, "agreement", "rate.per");
            if (length.isNegative() || length.isZero() || !length.equals(Duration.ofHours(length.toHours()))) {
                throw Checks.fail("agreement", "rate.per", "must be a positive whole number of days or hours, was "
                        + length);
            }
            boolean days = length.equals(Duration.ofDays(length.toDays()));
            this.unit = days ? DelayUnit.DAYS : DelayUnit.HOURS;
            this.unitMultiple = days ? length.toDays() : length.toHours();
            return this;
        }

        /**
         * Sets what the termination threshold is compared with (the units counted by default).
         *
         * @param basis the basis
         * @return this builder
         */
        public Builder terminationBasis(TerminationBasis basis) {
            this.terminationBasis = Checks.present(basis, "agreement", "terminationBasis");
            return this;
        }

        /**
         * Pays decisions in another currency than the agreement's, at the rates the clause agrees or the
         * timeline gives.
         *
         * @param currency the currency paid in
         * @return this builder
         */
        public Builder payIn(Currency currency) {
            this.payIn = Optional.of(Checks.present(currency, "agreement", "payIn"));
            return this;
        }

        /**
         * Adds rates of exchange the clause agrees for its {@code payIn} currency.
         *
         * @param rates the rates
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRate... rates) {
            this.exchangeRates.addAll(Checks.list(java.util.Arrays.asList(Checks.present(rates, "agreement", "exchangeRates")), "agreement", "exchangeRates"));
            return this;
        }

        /**
         * Builds the clause.
         *
         * @return the clause
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public LiquidatedDamages build() {
            return new LiquidatedDamages(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap, terminationAfter, shares,
                    unitMultiple, terminationBasis, payIn, exchangeRates);
        }
    }
}
