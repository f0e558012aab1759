package io.slarules.model.servicelevels;

import io.slarules.internal.model.Checks;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clause that prices a missed objective with service credits, and the terms around them.
 * Percentages are of the fee of the objective's service for the window.
 *
 * @param id          the clause reference decisions cite, e.g. {@code "7.2"}; unique among all clauses
 * @param title       for explanations; may be empty
 * @param objective   the objective it prices
 * @param debtor      the party that pays the credit (the obligated party, usually)
 * @param creditor    the party credited
 * @param bands       tiers by achieved level; contiguous, without overlaps or gaps
 * @param perBreach   an amount per breached case, by priority (TIME_TO per-case targets)
 * @param perUnitShort an amount per unit a quota falls short
 * @param repeat      an extra credit when the objective was breached in the previous windows too
 * @param cap         at most this much per window for this clause
 * @param minimum     a credit below this is not issued
 * @param earnBack    the number of following windows that, all met, forgive the credit; 0: none
 * @param bonus       what the creditor pays the debtor for over-performance, where agreed
 * @param shares      when several parties are compensated: their shares, adding up to 100 %; each
 *                    part is rounded down to the minor unit and the cents left over go to
 *                    {@code creditor}. Empty: all to {@code creditor}
 * @param perReading  a deduction per reading outside the allowed range (READINGS objectives); a percentage cap of
 *                    such a clause is of its stated value
 */
public record ServiceCredit(String id, String title, String objective, String debtor, String creditor,
                            List<CreditBand> bands, List<PerBreach> perBreach, Optional<Money> perUnitShort,
                            Optional<RepeatOffence> repeat, Optional<Amount> cap, Optional<Money> minimum,
                            int earnBack, Optional<Bonus> bonus, List<CreditShare> shares,
                            Optional<PerReading> perReading) {

    /**
     * Validates the fields; the checks against the objective are the agreement's.
     *
     * @param id the clause reference decisions cite, e.g. {@code "7.2"}; unique among all clauses
     * @param title for explanations; may be empty
     * @param objective the objective it prices
     * @param debtor the party that pays the credit (the obligated party, usually)
     * @param creditor the party credited
     * @param bands tiers by achieved level; contiguous, without overlaps or gaps
     * @param perBreach an amount per breached case, by priority (TIME_TO per-case targets)
     * @param perUnitShort an amount per unit a quota falls short
     * @param repeat an extra credit when the objective was breached in the previous windows too
     * @param cap at most this much per window for this clause
     * @param minimum a credit below this is not issued
     * @param earnBack the number of following windows that, all met, forgive the credit; 0: none
     * @param bonus what the creditor pays the debtor for over-performance, where agreed
     * @param shares when several parties are compensated: their shares, adding up to 100 %; each part is rounded down
     *               to the minor unit and the cents left over go to {@code creditor}. Empty: all to {@code creditor}
     * @param perReading a deduction per reading outside the allowed range (READINGS objectives)
     */
    public ServiceCredit {
        Checks.id(id, "agreement", "id");
        title = Checks.text(title, "agreement", "title");
        Checks.id(objective, "agreement", "objective");
        Checks.id(debtor, "agreement", "debtor");
        Checks.id(creditor, "agreement", "creditor");
        bands = Checks.list(bands, "agreement", "bands");
        perBreach = Checks.list(perBreach, "agreement", "perBreach");
        perUnitShort = Objects.requireNonNullElse(perUnitShort, Optional.empty());
        repeat = Objects.requireNonNullElse(repeat, Optional.empty());
        cap = Objects.requireNonNullElse(cap, Optional.empty());
        minimum = Objects.requireNonNullElse(minimum, Optional.empty());
        bonus = Objects.requireNonNullElse(bonus, Optional.empty());
        shares = Checks.shares(shares);
        perReading = Objects.requireNonNullElse(perReading, Optional.empty());
        if (earnBack < 0 || earnBack > 36) {
            throw Checks.fail("agreement", "earnBack", "must be 0 to 36 windows, was " + earnBack);
        }
        if (debtor.equals(creditor)) {
            throw Checks.fail("agreement", "creditor", "debtor and creditor are the same party " + debtor);
        }
    }

    /**
     * A clause without a deduction per reading.
     *
     * @param id the clause reference decisions cite, e.g. {@code "7.2"}; unique among all clauses
     * @param title for explanations; may be empty
     * @param objective the objective it prices
     * @param debtor the party that pays the credit (the obligated party, usually)
     * @param creditor the party credited
     * @param bands tiers by achieved level; contiguous, without overlaps or gaps
     * @param perBreach an amount per breached case, by priority (TIME_TO per-case targets)
     * @param perUnitShort an amount per unit a quota falls short
     * @param repeat an extra credit when the objective was breached in the previous windows too
     * @param cap at most this much per window for this clause
     * @param minimum a credit below this is not issued
     * @param earnBack the number of following windows that, all met, forgive the credit; 0: none
     * @param bonus what the creditor pays the debtor for over-performance, where agreed
     * @param shares when several parties are compensated: their shares, adding up to 100 %
     */
    public ServiceCredit(String id, String title, String objective, String debtor, String creditor,
                         List<CreditBand> bands, List<PerBreach> perBreach, Optional<Money> perUnitShort,
                         Optional<RepeatOffence> repeat, Optional<Amount> cap, Optional<Money> minimum,
                         int earnBack, Optional<Bonus> bonus, List<CreditShare> shares) {
        this(id, title, objective, debtor, creditor, bands, perBreach, perUnitShort, repeat, cap, minimum, earnBack,
                bonus, shares, Optional.empty());
    }

    /**
     * A clause that compensates its creditor alone.
     *
     * @param id the clause reference decisions cite, e.g. {@code "7.2"}; unique among all clauses
     * @param title for explanations; may be empty
     * @param objective the objective it prices
     * @param debtor the party that pays the credit (the obligated party, usually)
     * @param creditor the party credited
     * @param bands tiers by achieved level; contiguous, without overlaps or gaps
     * @param perBreach an amount per breached case, by priority (TIME_TO per-case targets)
     * @param perUnitShort an amount per unit a quota falls short
     * @param repeat an extra credit when the objective was breached in the previous windows too
     * @param cap at most this much per window for this clause
     * @param minimum a credit below this is not issued
     * @param earnBack the number of following windows that, all met, forgive the credit; 0: none
     * @param bonus what the creditor pays the debtor for over-performance, where agreed
     */
    public ServiceCredit(String id, String title, String objective, String debtor, String creditor,
                         List<CreditBand> bands, List<PerBreach> perBreach, Optional<Money> perUnitShort,
                         Optional<RepeatOffence> repeat, Optional<Amount> cap, Optional<Money> minimum,
                         int earnBack, Optional<Bonus> bonus) {
        this(id, title, objective, debtor, creditor, bands, perBreach, perUnitShort, repeat, cap, minimum, earnBack,
                bonus, List.of());
    }

    /**
     * A builder for a clause with the given id, pricing the given objective.
     *
     * @param id the clause reference decisions cite, e.g. {@code "7.2"}; unique among all clauses
     * @param objective the objective it prices
     * @return a builder with only the id and the objective set
     */
    public static Builder builder(String id, String objective) {
        return new Builder(id, objective);
    }

    /**
     * {@return the amount per breached case of a priority: the priority's own, else the one for any priority}
     *
     * @param priority a case's priority
     */
    public Optional<Money> perBreach(String priority) {
        Optional<Money> own = perBreach.stream().filter(p -> p.priority().filter(priority::equals).isPresent())
                .map(PerBreach::amount).findFirst();
        return own.or(() -> perBreach.stream().filter(p -> p.priority().isEmpty()).map(PerBreach::amount).findFirst());
    }

    /**
     * Hashes the clause's id only: consistent with the record's equality, and cheap, where the record's own hash
     * walks every band, amount and term. The rule base matches a window's credits with {@code from}, and Drools
     * hashes each clause it matched there, in every session.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * An amount per breached case.
     *
     * @param priority the priority it applies to; empty: any priority without its own amount
     * @param amount   the amount
     */
    public record PerBreach(Optional<String> priority, Money amount) {
        /**
         * Validates the fields.
         *
         * @param priority the priority it applies to; empty: any priority without its own amount
         * @param amount the amount
         */
        public PerBreach {
            priority = Objects.requireNonNullElse(priority, Optional.empty());
            Checks.present(amount, "agreement", "amount");
            if (amount.isNegative()) {
                throw Checks.fail("agreement", "amount", "must not be negative, was " + amount);
            }
        }
    }

    /**
     * A deduction per reading outside a {@link ReadingsObjective}'s allowed range: a fixed amount, or a
     * percentage of a value the clause states (the shipment's value). The deduction is {@code count × rate},
     * rounded once at the decision; the clause's cap limits it per window.
     *
     * @param rate  the amount per reading, or a percentage of {@code value}
     * @param value what a percentage is of; required for a percentage
     */
    public record PerReading(Amount rate, Optional<Money> value) {
        /**
         * Validates the fields; a percentage without a value is the agreement's check, at its path.
         *
         * @param rate the amount per reading, or a percentage of {@code value}
         * @param value what a percentage is of; required for a percentage
         */
        public PerReading {
            Checks.present(rate, "agreement", "perReading");
            value = Objects.requireNonNullElse(value, Optional.empty());
            value.filter(Money::isNegative).ifPresent(v -> {
                throw Checks.fail("agreement", "value", "must not be negative, was " + v);
            });
        }

        /**
         * {@return a percentage of a stated value per reading}
         *
         * @param percent the percentage, e.g. 2
         * @param value what it is a percentage of
         */
        public static PerReading percentOf(java.math.BigDecimal percent, Money value) {
            return new PerReading(Amount.percentOfValue(percent), Optional.of(value));
        }

        /**
         * {@return a fixed amount per reading}
         *
         * @param amount the amount
         */
        public static PerReading amount(Money amount) {
            return new PerReading(Amount.of(amount), Optional.empty());
        }

        /**
         * {@return the deduction for one reading, exact (not rounded)}
         */
        public Money each() {
            return rate.resolve(value);
        }
    }

    /**
     * An extra credit for a repeat offence: the objective was also breached in each of the
     * previous {@code windows} windows.
     *
     * @param windows how many previous windows must have been breached, at least 1
     * @param extra   a percentage of the fee, or an amount, added to the credit
     */
    public record RepeatOffence(int windows, Amount extra) {
        /**
         * Validates the fields.
         *
         * @param windows how many previous windows must have been breached, at least 1
         * @param extra a percentage of the fee, or an amount, added to the credit
         */
        public RepeatOffence {
            if (windows < 1 || windows > 36) {
                throw Checks.fail("agreement", "windows", "must be 1 to 36, was " + windows);
            }
            Checks.present(extra, "agreement", "extra");
        }
    }

    /**
     * A bonus for over-performance, paid by the credit's creditor to its debtor.
     *
     * @param from   the level from which it is earned, e.g. at least 99.99 %
     * @param amount a percentage of the fee, or an amount
     */
    public record Bonus(Bound from, Amount amount) {
        /**
         * Validates the fields.
         *
         * @param from the level from which it is earned, e.g. at least 99.99 %
         * @param amount a percentage of the fee, or an amount
         */
        public Bonus {
            Checks.present(from, "agreement", "from");
            Checks.present(amount, "agreement", "amount");
        }
    }

    /** Builds a {@link ServiceCredit}; mutable, not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String objective;
        private String title = "";
        private String debtor;
        private String creditor;
        private final List<CreditBand> bands = new java.util.ArrayList<>();
        private final List<PerBreach> perBreach = new java.util.ArrayList<>();
        private Optional<Money> perUnitShort = Optional.empty();
        private Optional<RepeatOffence> repeat = Optional.empty();
        private Optional<Amount> cap = Optional.empty();
        private Optional<Money> minimum = Optional.empty();
        private int earnBack;
        private Optional<Bonus> bonus = Optional.empty();
        private final List<CreditShare> shares = new java.util.ArrayList<>();
        private Optional<PerReading> perReading = Optional.empty();

        private Builder(String id, String objective) {
            this.id = id;
            this.objective = objective;
        }

        /**
         * Sets the title.
         *
         * @param title for explanations; may be empty
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets who pays whom.
         *
         * @param debtor the party that pays the credit (the obligated party, usually)
         * @param creditor the party credited
         * @return this builder
         */
        public Builder payable(String debtor, String creditor) {
            this.debtor = debtor;
            this.creditor = creditor;
            return this;
        }

        /**
         * Adds bands.
         *
         * @param bands tiers by achieved level; contiguous, without overlaps or gaps
         * @return this builder
         */
        public Builder bands(CreditBand... bands) {
            this.bands.addAll(List.of(bands));
            return this;
        }

        /**
         * Adds an amount per breached case of a priority (empty: any priority).
         *
         * @param priority the priority the amount applies to; empty for any priority without its own amount
         * @param amount the credit per breached case
         * @return this builder
         */
        public Builder perBreach(Optional<String> priority, Money amount) {
            this.perBreach.add(new PerBreach(priority, amount));
            return this;
        }

        /**
         * Sets the deduction per reading outside a readings objective's allowed range.
         *
         * @param deduction the amount, or percentage of a stated value, per reading
         * @return this builder
         */
        public Builder perReading(PerReading deduction) {
            this.perReading = Optional.of(Checks.present(deduction, "agreement", "perReading"));
            return this;
        }

        /**
         * Sets the amount per unit a quota falls short.
         *
         * @param amount the credit per unit short
         * @return this builder
         */
        public Builder perUnitShort(Money amount) {
            this.perUnitShort = Optional.of(amount);
            return this;
        }

        /**
         * Sets the repeat-offence term.
         *
         * @param repeat an extra credit when the objective was breached in the previous windows too
         * @return this builder
         */
        public Builder repeat(RepeatOffence repeat) {
            this.repeat = Optional.of(repeat);
            return this;
        }

        /**
         * Sets the per-window cap of the clause.
         *
         * @param cap at most this much per window for this clause
         * @return this builder
         */
        public Builder cap(Amount cap) {
            this.cap = Optional.of(cap);
            return this;
        }

        /**
         * Sets the minimum credit.
         *
         * @param minimum a credit below this is not issued
         * @return this builder
         */
        public Builder minimum(Money minimum) {
            this.minimum = Optional.of(minimum);
            return this;
        }

        /**
         * Sets the earn-back windows.
         *
         * @param windows the number of following windows that, all met, forgive a credit; 0 for none
         * @return this builder
         */
        public Builder earnBack(int windows) {
            this.earnBack = windows;
            return this;
        }

        /**
         * Sets the bonus.
         *
         * @param bonus what the creditor pays the debtor for over-performance, where agreed
         * @return this builder
         */
        public Builder bonus(Bonus bonus) {
            this.bonus = Optional.of(bonus);
            return this;
        }

        /**
         * Splits what the clause gives among several parties; the creditor gets the cents left over.
         *
         * @param shares when several parties are compensated: their shares, adding up to 100 %; each part is rounded
         *               down to the minor unit and the cents left over go to {@code creditor}. Empty: all to {@code
         *               creditor}
         * @return this builder
         */
        public Builder shares(CreditShare... shares) {
            this.shares.addAll(List.of(shares));
            return this;
        }

        /**
         * Builds the clause.
         *
         * @return the clause, valid from birth
         */
        public ServiceCredit build() {
            return new ServiceCredit(id, title, objective, debtor, creditor, bands, perBreach, perUnitShort, repeat,
                    cap, minimum, earnBack, bonus, shares, perReading);
        }
    }
}
