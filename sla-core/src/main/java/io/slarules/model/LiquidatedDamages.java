package io.slarules.model;

import java.util.List;
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
 */
public record LiquidatedDamages(String id, String title, String debtor, String creditor,
                                List<String> obligations, Optional<Money> value, Amount rate,
                                DelayUnit unit, DelayRounding rounding, Optional<Amount> cap,
                                OptionalLong terminationAfter, List<CreditShare> shares) implements PenaltyClause {

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
        shares = CreditShare.checked(shares);
        if (value.isEmpty() && rate instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the rate is a percentage of the value");
        }
        if (value.isEmpty() && cap.orElse(null) instanceof Amount.PercentOfValue) {
            throw Checks.fail("agreement", "value", "is required when the cap is a percentage of the value");
        }
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
                terminationAfter, shares);
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
         * Builds the clause.
         *
         * @return the clause
         * @throws io.slarules.InvalidInputException naming the field that is missing or invalid
         */
        public LiquidatedDamages build() {
            return new LiquidatedDamages(id, title, debtor, creditor, obligations, value, rate, unit, rounding, cap, terminationAfter, shares);
        }
    }
}
