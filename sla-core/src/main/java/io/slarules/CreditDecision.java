package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.text.DeferredText;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money owed under a service-credit clause for one window of an objective: who pays whom, how
 * much, under which clause, and why.
 *
 * <p>The id is derived from what the decision is (agreement, clause, kind, objective, window,
 * subject, debtor, creditor): the window is the objective's measurement window, so the id is the
 * same whatever period the evaluation was asked for, and stays when a corrected timeline changes
 * the amount; {@link #fingerprint()} then changes. See {@link Decision} for how a billing system
 * books it.
 *
 * <p>Built by the engine ({@link #builder()}); users read it. Jackson writes it with any
 * {@code ObjectMapper} as an object of the accessors below ({@code window} as {@link DateRange}
 * writes it, amounts as {@link Money} writes them, {@code fingerprint} included), and reads that
 * form back to an equal decision ({@code fingerprint} is derived, not read).
 */
@JsonExplicit
@JsonPropertyOrder({"id", "fingerprint", "kind", "clause", "objective", "window", "subject", "debtor", "creditor",
        "amount", "priced", "capped", "rules", "explanation"})
public final class CreditDecision implements Decision {

    private final String id;
    private final CreditKind kind;
    private final String clause;
    private final String objective;
    private final DateRange window;
    private final String subject;
    private final String debtor;
    private final String creditor;
    private final Money amount;
    private final Money priced;
    private final boolean capped;
    private final List<String> rules;
    /** Written when first read (issue 15); equals, hashCode and JSON read it, so they see the text. */
    private final DeferredText explanation;
    /** Worked out when first read, like the explanation: hashing every decision up front cost a digest each. */
    private final DeferredText fingerprint;

    @JsonCreator
    private CreditDecision(@JsonProperty(value = "id", required = true) String id,
                           @JsonProperty(value = "kind", required = true) CreditKind kind,
                           @JsonProperty(value = "clause", required = true) String clause,
                           @JsonProperty(value = "objective", required = true) String objective,
                           @JsonProperty(value = "window", required = true) DateRange window,
                           @JsonProperty(value = "subject", required = true) String subject,
                           @JsonProperty(value = "debtor", required = true) String debtor,
                           @JsonProperty(value = "creditor", required = true) String creditor,
                           @JsonProperty(value = "amount", required = true) Money amount,
                           @JsonProperty(value = "priced", required = true) Money priced,
                           @JsonProperty(value = "capped") boolean capped,
                           @JsonProperty(value = "rules") List<String> rules,
                           @JsonProperty(value = "explanation", required = true) String explanation) {
        this(id, kind, clause, objective, window, subject, debtor, creditor, amount, priced, capped, rules,
                DeferredText.writtenOrNull(explanation));
    }

    private CreditDecision(String id, CreditKind kind, String clause, String objective, DateRange window,
                           String subject, String debtor, String creditor, Money amount, Money priced,
                           boolean capped, List<String> rules, DeferredText explanation) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.window = Objects.requireNonNull(window, "window");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.debtor = Objects.requireNonNull(debtor, "debtor");
        this.creditor = Objects.requireNonNull(creditor, "creditor");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.priced = Objects.requireNonNull(priced, "priced");
        this.capped = capped;
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("SLA Rules: a credit cannot be negative: " + amount);
        }
        this.fingerprint = DeferredText.of(this::print);
    }

    /** The fingerprint of the fields, all set and checked by then. */
    private String print() {
        return new Fingerprint().add(kind).add(clause).add(objective).add(window.startInclusive())
                .add(window.endExclusive()).add(subject).add(debtor).add(creditor).add(amount).add(priced).add(capped)
                .add(rules).hex();
    }

    /**
     * A builder for the engine and for tests; {@code capped} and {@code rules} default to false and
     * none, every other field is required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this CreditDecision's fields, to derive a changed copy.
     *
     * @return a builder with every field set
     */
    public Builder toBuilder() {
        return new Builder().id(id).kind(kind).clause(clause).objective(objective).window(window).subject(subject)
                .debtor(debtor).creditor(creditor).amount(amount).priced(priced).capped(capped).rules(rules)
                .deferred(explanation);
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** {@inheritDoc} */
    @Override
    @JsonProperty("clause")
    public String clause() {
        return clause;
    }

    /**
     * The objective measured.
     *
     * @return the objective
     */
    @JsonProperty("objective")
    public String objective() {
        return objective;
    }

    /**
     * The window.
     *
     * @return the window
     */
    @JsonProperty("window")
    public DateRange window() {
        return window;
    }

    /** {@inheritDoc} */
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

    /** {@inheritDoc} */
    @Override
    @JsonProperty("amount")
    public Money amount() {
        return amount;
    }

    /**
     * The amount before caps, exact.
     *
     * @return the priced
     */
    @JsonProperty("priced")
    public Money priced() {
        return priced;
    }

    /**
     * Whether a cap reduced it.
     *
     * @return the capped
     */
    @JsonProperty("capped")
    public boolean capped() {
        return capped;
    }

    /** {@inheritDoc} */
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

    /**
     * {@inheritDoc} Over the kind, clause, objective, window, subject, parties, amount, amount before
     * caps, whether capped, and the rules.
     */
    @Override
    @JsonProperty(value = "fingerprint", access = JsonProperty.Access.READ_ONLY)
    public String fingerprint() {
        return fingerprint.get();
    }

    /**
     * What it is for: service credit, per-breach amount, repeat offence, bonus or earn-back.
     *
     * @return the kind
     */
    @Override
    @JsonProperty("kind")
    public CreditKind kind() {
        return kind;
    }

    /**
     * The subject as an optional case id: present for per-breach decisions.
     *
     * @return the case id, or empty
     */
    public Optional<String> caseId() {
        return kind == CreditKind.PER_BREACH ? Optional.of(subject) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditDecision o && Objects.equals(id, o.id)
                && Objects.equals(kind, o.kind)
                && Objects.equals(clause, o.clause)
                && Objects.equals(objective, o.objective)
                && Objects.equals(window, o.window)
                && Objects.equals(subject, o.subject)
                && Objects.equals(debtor, o.debtor)
                && Objects.equals(creditor, o.creditor)
                && Objects.equals(amount, o.amount)
                && Objects.equals(priced, o.priced)
                && capped == o.capped
                && Objects.equals(rules, o.rules)
                && explanation().equals(o.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, clause, objective, window, subject, debtor, creditor, amount, priced, capped,
                rules, explanation());
    }

    @Override
    public String toString() {
        return "CreditDecision[" + "id=" + id + ", " + "kind=" + kind + ", " + "clause=" + clause + ", "
                + "objective=" + objective + ", " + "window=" + window + ", " + "subject=" + subject + ", "
                + "debtor=" + debtor + ", " + "creditor=" + creditor + ", " + "amount=" + amount + ", " + "priced="
                + priced + ", " + "capped=" + capped + ", " + "rules=" + rules + "]";
    }

    /** Collects the fields of a {@link CreditDecision}; {@link #build()} validates them. */
    public static final class Builder {
        private String id;
        private CreditKind kind;
        private String clause;
        private String objective;
        private DateRange window;
        private String subject;
        private String debtor;
        private String creditor;
        private Money amount;
        private Money priced;
        private boolean capped;
        private List<String> rules = List.of();
        private DeferredText explanation;

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
         * Sets {@code kind}.
         *
         * @param kind service credit, per-breach amount, repeat offence, bonus or earn-back
         * @return this builder
         */
        public Builder kind(CreditKind kind) {
            this.kind = kind;
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
         * Sets {@code objective}.
         *
         * @param objective the objective measured
         * @return this builder
         */
        public Builder objective(String objective) {
            this.objective = objective;
            return this;
        }

        /**
         * Sets {@code window}.
         *
         * @param window the window
         * @return this builder
         */
        public Builder window(DateRange window) {
            this.window = window;
            return this;
        }

        /**
         * Sets {@code subject}.
         *
         * @param subject what it is for: the objective, a case id, or the id of the credit an earn-back forgives
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
         * @param priced the amount before caps, exact
         * @return this builder
         */
        public Builder priced(Money priced) {
            this.priced = priced;
            return this;
        }

        /**
         * Sets {@code capped}.
         *
         * @param capped whether a cap reduced it
         * @return this builder
         */
        public Builder capped(boolean capped) {
            this.capped = capped;
            return this;
        }

        /**
         * Sets {@code rules}.
         *
         * @param rules the rules that produced it
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
         * The CreditDecision.
         *
         * @return a valid CreditDecision
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the fields contradict each other
         */
        public CreditDecision build() {
            return new CreditDecision(id, kind, clause, objective, window, subject, debtor, creditor, amount, priced,
                    capped, rules, explanation);
        }
    }
}
