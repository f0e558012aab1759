package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.text.DeferredText;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayUnit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A penalty owed: who pays whom, how much, under which clause, for which obligation, and why.
 *
 * <p>An obligation is settled once, in the period its fulfilment falls in, so the id is derived
 * from what the decision is (agreement, clause, obligation, debtor, creditor, and that
 * settlement), not from the period an evaluation was asked for: the same id whether April was
 * evaluated alone, as {@code 2026-03-01..2026-05-01}, or inside a year; the same id when a
 * corrected timeline changes the amount, with a new {@link #fingerprint()}. See {@link Decision}
 * for how a billing system books it.
 *
 * <p>Built by the engine ({@link #builder()}); users read it. Jackson writes it with any
 * {@code ObjectMapper} as an object of the accessors below ({@code amount} and {@code priced} as
 * {@link Money} writes them, {@code kind} and {@code fingerprint} included), and reads that form
 * back to an equal decision ({@code kind} and {@code fingerprint} are derived, not read).
 */
@JsonExplicit
@JsonPropertyOrder({"id", "fingerprint", "kind", "clause", "subject", "debtor", "creditor", "amount", "priced",
        "delay", "unit", "capped", "terminationRight", "rules", "explanation"})
public final class PenaltyDecision implements Decision {

    private final String id;
    private final String clause;
    private final String subject;
    private final String debtor;
    private final String creditor;
    private final Money amount;
    private final Money priced;
    private final long delay;
    private final DelayUnit unit;
    private final boolean capped;
    private final boolean terminationRight;
    private final List<String> rules;
    /** Written when first read (issue 15); equals, hashCode and JSON read it, so they see the text. */
    private final DeferredText explanation;
    /** Worked out when first read, like the explanation: hashing every decision up front cost a digest each. */
    private final DeferredText fingerprint;
    private final Duration per;
    private final boolean provisional;

    @JsonCreator
    private PenaltyDecision(@JsonProperty(value = "id", required = true) String id,
                            @JsonProperty(value = "clause", required = true) String clause,
                            @JsonProperty(value = "subject", required = true) String subject,
                            @JsonProperty(value = "debtor", required = true) String debtor,
                            @JsonProperty(value = "creditor", required = true) String creditor,
                            @JsonProperty(value = "amount", required = true) Money amount,
                            @JsonProperty(value = "priced", required = true) Money priced,
                            @JsonProperty(value = "delay", required = true) long delay,
                            @JsonProperty(value = "unit", required = true) DelayUnit unit,
                            @JsonProperty("capped") boolean capped,
                            @JsonProperty("terminationRight") boolean terminationRight,
                            @JsonProperty("rules") List<String> rules,
                            @JsonProperty(value = "explanation", required = true) String explanation,
                            @JsonProperty("per")
                            @com.fasterxml.jackson.databind.annotation.JsonDeserialize(
                                    converter = io.slarules.internal.json.JsonForms.TextToDuration.class) Duration per,
                            @JsonProperty("provisional") boolean provisional) {
        this(id, clause, subject, debtor, creditor, amount, priced, delay, unit, capped, terminationRight, rules,
                DeferredText.writtenOrNull(explanation), per, provisional);
    }

    private PenaltyDecision(String id, String clause, String subject, String debtor, String creditor, Money amount,
                            Money priced, long delay, DelayUnit unit, boolean capped, boolean terminationRight,
                            List<String> rules, DeferredText explanation, Duration per, boolean provisional) {
        this.id = Objects.requireNonNull(id, "id");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.debtor = Objects.requireNonNull(debtor, "debtor");
        this.creditor = Objects.requireNonNull(creditor, "creditor");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.priced = Objects.requireNonNull(priced, "priced");
        this.delay = delay;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.capped = capped;
        this.terminationRight = terminationRight;
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.per = per == null ? unit.length() : per;
        if (this.per.isNegative() || this.per.isZero()) {
            throw new IllegalArgumentException("SLA Rules: a clause's unit must be positive: " + this.per);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("SLA Rules: a penalty cannot be negative: " + amount);
        }
        this.provisional = provisional;
        this.fingerprint = DeferredText.of(this::print);
    }

    /** The fingerprint of the fields, all set and checked by then. */
    private String print() {
        Fingerprint print = new Fingerprint().add(PenaltyKind.LIQUIDATED_DAMAGES).add(clause).add(subject).add(debtor)
                .add(creditor).add(amount).add(priced).add(delay).add(unit).add(capped).add(terminationRight)
                .add(rules);
        // a unit of one day or hour adds nothing: decisions keep the fingerprints they had before units of several;
        // a settled decision's fingerprint is what it was before provisional decisions existed
        Fingerprint content = per.equals(unit.length()) ? print : print.add(per.toString());
        return (provisional ? content.add("provisional") : content).hex();
    }

    /**
     * A builder for the engine and for tests; every field but {@code capped},
     * {@code terminationRight} and {@code rules} (default false, false, none) is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this decision's fields, to derive a changed copy.
     *
     * @return a builder with every field set
     */
    public Builder toBuilder() {
        return new Builder().id(id).clause(clause).subject(subject).debtor(debtor).creditor(creditor).amount(amount)
                .priced(priced).delay(delay).unit(unit).capped(capped).terminationRight(terminationRight).rules(rules)
                .per(per).provisional(provisional).deferred(explanation);
    }

    /**
     * Whether the decision is provisional: damages accrued so far on an obligation still open at the
     * evaluation's "as of" instant ({@link Evaluation#accrued()}). Reported, never booked: its id is not the
     * id the obligation's settlement will have. Jackson writes the field only when true.
     *
     * @return true for accrued damages
     */
    @JsonProperty("provisional")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean provisional() {
        return provisional;
    }

    /** {@inheritDoc} Derived from the agreement, clause, obligation, debtor and creditor. */
    @Override
    @JsonProperty("id")
    public String id() {
        return id;
    }

    /**
     * {@inheritDoc} Over the clause, subject, parties, amount, priced amount, units and unit,
     * whether capped, the termination right and the rules, and the unit's length when it is not one unit.
     */
    @Override
    @JsonProperty(value = "fingerprint", access = JsonProperty.Access.READ_ONLY)
    public String fingerprint() {
        return fingerprint.get();
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty(value = "kind", access = JsonProperty.Access.READ_ONLY)
    public PenaltyKind kind() {
        return PenaltyKind.LIQUIDATED_DAMAGES;
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("clause")
    public String clause() {
        return clause;
    }

    /**
     * The obligation whose delay it prices.
     *
     * @return the obligation's id
     */
    @Override
    @JsonProperty("subject")
    public String subject() {
        return subject;
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("debtor")
    public String debtor() {
        return debtor;
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("creditor")
    public String creditor() {
        return creditor;
    }

    /** {@inheritDoc} Never above a cap. */
    @Override
    @JsonProperty("amount")
    public Money amount() {
        return amount;
    }

    /**
     * The amount before the cap, exact.
     *
     * @return the priced amount
     */
    @JsonProperty("priced")
    public Money priced() {
        return priced;
    }

    /**
     * The attributed delay priced, in the clause's units.
     *
     * @return the number of units
     */
    @JsonProperty("delay")
    public long delay() {
        return delay;
    }

    /**
     * The clause's unit.
     *
     * @return the unit of {@link #delay()}
     */
    @JsonProperty("unit")
    public DelayUnit unit() {
        return unit;
    }

    /**
     * The length of the clause's unit {@link #delay()} counts: one {@link #unit()} for a rate per day or per hour,
     * seven days for a rate per week ({@code P7D}), two for a rate per 2 days. Jackson writes it (ISO-8601) only
     * when it is not one {@link #unit()}.
     *
     * @return the unit's length
     */
    public Duration per() {
        return per;
    }

    /** The unit's length as Jackson writes it: only when it is not one {@link #unit()}. */
    @JsonProperty("per")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private String perText() {
        return per.equals(unit.length()) ? null : isoText(per);
    }

    /** {@code P7D} for whole days, {@code PT4H} otherwise. */
    private static String isoText(Duration length) {
        return length.equals(Duration.ofDays(length.toDays())) ? "P" + length.toDays() + "D" : length.toString();
    }

    /**
     * Whether the cap reduced the amount.
     *
     * @return true when capped
     */
    @JsonProperty("capped")
    public boolean capped() {
        return capped;
    }

    /**
     * Whether the attributed delay gives the creditor a right to terminate.
     *
     * @return true when it does
     */
    @JsonProperty("terminationRight")
    public boolean terminationRight() {
        return terminationRight;
    }

    /** {@inheritDoc} In the order they fired along its derivation. */
    @Override
    @JsonProperty("rules")
    public List<String> rules() {
        return rules;
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("explanation")
    public String explanation() {
        return explanation.get();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenaltyDecision d && id.equals(d.id) && clause.equals(d.clause)
                && subject.equals(d.subject)
                && debtor.equals(d.debtor) && creditor.equals(d.creditor) && amount.equals(d.amount)
                && priced.equals(d.priced) && delay == d.delay && unit == d.unit && capped == d.capped
                && terminationRight == d.terminationRight && rules.equals(d.rules) && per.equals(d.per)
                        && explanation().equals(d.explanation()) && provisional == d.provisional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, clause, subject, debtor, creditor, amount, priced, delay, unit, capped,
                terminationRight,
                rules, explanation(), per, provisional);
    }

    @Override
    public String toString() {
        return "PenaltyDecision[id=" + id + ", fingerprint=" + fingerprint() + ", clause=" + clause + ", subject="
                + subject
                + ", debtor=" + debtor + ", creditor=" + creditor + ", amount=" + amount + ", priced=" + priced
                + ", delay=" + delay + ", unit=" + unit + ", capped=" + capped + ", terminationRight="
                        + terminationRight
                + ", rules=" + rules + "]";
    }

    /** Collects the fields of a {@link PenaltyDecision}; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private String clause;
        private String subject;
        private String debtor;
        private String creditor;
        private Money amount;
        private Money priced;
        private long delay;
        private DelayUnit unit;
        private boolean capped;
        private boolean terminationRight;
        private List<String> rules = List.of();
        private DeferredText explanation;
        private Duration per;
        private boolean provisional;

        static {
            DeferredText.slot(Builder.class, Builder::deferred);
        }

        private Builder() {
        }

        /** Sets {@code explanation} to text written when first read: the engine's way in, through DeferredText. */
        private Builder deferred(DeferredText explanation) {
            this.explanation = explanation;
            return this;
        }

        /**
         * Sets the length of the clause's unit, when not one {@code unit} (a week is 7 days).
         *
         * @param per the unit's length; {@code null} for one {@code unit}
         * @return this builder
         */
        public Builder per(Duration per) {
            this.per = per;
            return this;
        }

        /**
         * Sets {@code provisional}: damages accrued so far on an open obligation, never booked.
         *
         * @param provisional true for accrued damages
         * @return this builder
         */
        public Builder provisional(boolean provisional) {
            this.provisional = provisional;
            return this;
        }

        /**
         * Sets {@code id}.
         *
         * @param id stable, content-derived
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets {@code clause}.
         *
         * @param clause the clause it rests on
         * @return this builder
         */
        public Builder clause(String clause) {
            this.clause = clause;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject the obligation whose delay it prices
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * Sets {@code debtor}.
         *
         * @param debtor the party that pays
         * @return this builder
         */
        public Builder debtor(String debtor) {
            this.debtor = debtor;
            return this;
        }

        /**
         * Sets {@code creditor}.
         *
         * @param creditor the party that is paid
         * @return this builder
         */
        public Builder creditor(String creditor) {
            this.creditor = creditor;
            return this;
        }

        /**
         * Sets {@code amount}.
         *
         * @param amount rounded to the currency's minor unit; never above a cap, never negative
         * @return this builder
         */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code priced}.
         *
         * @param priced the amount before the cap, exact
         * @return this builder
         */
        public Builder priced(Money priced) {
            this.priced = priced;
            return this;
        }

        /**
         * Sets {@code delay}.
         *
         * @param delay the attributed delay priced, in the clause's units
         * @return this builder
         */
        public Builder delay(long delay) {
            this.delay = delay;
            return this;
        }

        /**
         * Sets {@code unit}.
         *
         * @param unit the clause's unit
         * @return this builder
         */
        public Builder unit(DelayUnit unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Sets {@code capped}.
         *
         * @param capped whether the cap reduced the amount
         * @return this builder
         */
        public Builder capped(boolean capped) {
            this.capped = capped;
            return this;
        }

        /**
         * Sets {@code terminationRight}.
         *
         * @param terminationRight whether the attributed delay gives the creditor a right to terminate
         * @return this builder
         */
        public Builder terminationRight(boolean terminationRight) {
            this.terminationRight = terminationRight;
            return this;
        }

        /**
         * Sets {@code rules}.
         *
         * @param rules the rules that produced it, in the order they fired
         * @return this builder
         */
        public Builder rules(List<String> rules) {
            this.rules = rules;
            return this;
        }

        /**
         * Sets {@code explanation}.
         *
         * @param explanation the derivation, in words
         * @return this builder
         */
        public Builder explanation(String explanation) {
            this.explanation = DeferredText.writtenOrNull(explanation);
            return this;
        }

        /**
         * The decision.
         *
         * @return a valid decision
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the amount is negative
         */
        public PenaltyDecision build() {
            return new PenaltyDecision(id, clause, subject, debtor, creditor, amount, priced, delay, unit, capped,
                    terminationRight, rules, explanation, per, provisional);
        }
    }
}
