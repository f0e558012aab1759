package io.slarules.watch;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning a {@link Monitor} raised: a case, an availability window or an obligation heading for
 * a breach (or breached), with the party holding it up where there is one.
 *
 * <p>The {@linkplain #id() id} says what the warning is (agreement, kind, subject, item and
 * threshold: {@code WN-} and 16 hex digits of a SHA-256), so the same events and instants give the
 * same warnings with the same ids, and each is raised once. {@link #heldUpFor()} is as of
 * {@link #asOf()}: a late dependency holds its dependent up for longer each day, until it is
 * fulfilled; every other field is fixed when the warning is raised.
 */
public final class Warning {

    private final String id;
    private final WarningKind kind;
    private final String agreement;
    private final String subject;
    private final Optional<String> item;
    private final Instant instant;
    private final BigDecimal threshold;
    private final Optional<Instant> projectedBreach;
    private final Optional<String> heldUpBy;
    private final Duration heldUpFor;
    private final Instant asOf;
    private final String message;
    private final List<String> rules;

    private Warning(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.agreement = Objects.requireNonNull(b.agreement, "agreement");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.item = Objects.requireNonNull(b.item, "item");
        this.instant = Objects.requireNonNull(b.instant, "instant");
        this.threshold = Objects.requireNonNull(b.threshold, "threshold");
        this.projectedBreach = Objects.requireNonNull(b.projectedBreach, "projectedBreach");
        this.heldUpBy = Objects.requireNonNull(b.heldUpBy, "heldUpBy");
        this.heldUpFor = Objects.requireNonNull(b.heldUpFor, "heldUpFor");
        this.asOf = b.asOf == null ? b.instant : b.asOf;
        this.message = Objects.requireNonNull(b.message, "message");
        this.rules = List.copyOf(b.rules);
    }

    /** {@return a builder of a warning; rules that raise warnings use it} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the warning's id: what it is, not when it was computed} */
    public String id() {
        return id;
    }

    /** {@return what it warns of} */
    public WarningKind kind() {
        return kind;
    }

    /** {@return the agreement's id} */
    public String agreement() {
        return agreement;
    }

    /** {@return the objective or the obligation warned of} */
    public String subject() {
        return subject;
    }

    /**
     * {@return what inside the subject: the case (of a time-to objective), the window (of an
     * availability objective, as {@code 2026-04-01..2026-05-01}), the late dependency (of an
     * obligation held up); empty for an obligation's own due date}
     */
    public Optional<String> item() {
        return item;
    }

    /** {@return the instant the threshold was crossed} */
    public Instant instant() {
        return instant;
    }

    /**
     * {@return the threshold crossed: a percentage of the case's target ({@link
     * WarningKind#CASE_TARGET_ELAPSED}) or of the window's allowance ({@link
     * WarningKind#ALLOWANCE_CONSUMED}), 100 for a {@link WarningKind#BREACH}, the business days of
     * notice ({@link WarningKind#DUE_SOON}), 0 for a late dependency (late at all)}
     */
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * {@return when the subject breaches if things go on as they were at {@link #instant()} (the
     * case's clock running, the outage going on, the obligation unfulfilled); the breach itself for
     * a breach; empty when nothing known then leads to one}
     */
    public Optional<Instant> projectedBreach() {
        return projectedBreach;
    }

    /** {@return the party holding the subject up: the owner of a late dependency, the party a case waited on} */
    public Optional<String> heldUpBy() {
        return heldUpBy;
    }

    /**
     * {@return for how long {@link #heldUpBy()} has held the subject up, as of {@link #asOf()}: a
     * dependency's lateness on the agreement's wall clock, a case's paused business time before
     * {@link #instant()}; zero when nobody holds it up}
     */
    public Duration heldUpFor() {
        return heldUpFor;
    }

    /** {@return the instant the warning is seen as of: its own instant when raised, the instant asked for in a list} */
    public Instant asOf() {
        return asOf;
    }

    /** {@return what happened and what follows, for a person} */
    public String message() {
        return message;
    }

    /** {@return the names of the rules that raised it} */
    public List<String> rules() {
        return rules;
    }

    /**
     * {@return this warning seen as of a later instant: how long its subject has been held up by then}
     *
     * @param heldUpFor for how long the subject has been held up by {@code asOf}
     * @param asOf      the instant it is seen as of
     */
    public Warning withHeldUpFor(Duration heldUpFor, Instant asOf) {
        return toBuilder().heldUpFor(heldUpFor).asOf(asOf).build();
    }

    /** {@return a builder holding this warning's fields} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.agreement = agreement;
        b.subject = subject;
        b.item = item;
        b.instant = instant;
        b.threshold = threshold;
        b.projectedBreach = projectedBreach;
        b.heldUpBy = heldUpBy;
        b.heldUpFor = heldUpFor;
        b.asOf = asOf;
        b.message = message;
        b.rules = rules;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Warning w && id.equals(w.id) && kind == w.kind && agreement.equals(w.agreement)
                && subject.equals(w.subject) && item.equals(w.item) && instant.equals(w.instant)
                && threshold.compareTo(w.threshold) == 0 && projectedBreach.equals(w.projectedBreach)
                && heldUpBy.equals(w.heldUpBy) && heldUpFor.equals(w.heldUpFor) && asOf.equals(w.asOf)
                && message.equals(w.message) && rules.equals(w.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, agreement, subject, item, instant, projectedBreach, heldUpBy, heldUpFor, asOf);
    }

    @Override
    public String toString() {
        return id + " " + kind + " " + instant + ": " + message;
    }

    /** Builds a {@link Warning}; every field but {@code item}, {@code projectedBreach}, {@code heldUpBy}, {@code heldUpFor}, {@code asOf} and {@code rules} is required. */
    public static final class Builder {
        private String id;
        private WarningKind kind;
        private String agreement;
        private String subject;
        private Optional<String> item = Optional.empty();
        private Instant instant;
        private BigDecimal threshold;
        private Optional<Instant> projectedBreach = Optional.empty();
        private Optional<String> heldUpBy = Optional.empty();
        private Duration heldUpFor = Duration.ZERO;
        private Instant asOf;
        private String message;
        private List<String> rules = List.of();

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param id the warning's id
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param kind what it warns of
         */
        public Builder kind(WarningKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param agreement the agreement's id
         */
        public Builder agreement(String agreement) {
            this.agreement = agreement;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param subject the objective or obligation
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param item the case, window or dependency inside the subject
         */
        public Builder item(Optional<String> item) {
            this.item = item;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param instant when the threshold was crossed
         */
        public Builder instant(Instant instant) {
            this.instant = instant;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param threshold the threshold crossed
         */
        public Builder threshold(BigDecimal threshold) {
            this.threshold = threshold;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param projectedBreach when the subject breaches if things go on
         */
        public Builder projectedBreach(Optional<Instant> projectedBreach) {
            this.projectedBreach = projectedBreach;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param heldUpBy the party holding the subject up
         */
        public Builder heldUpBy(Optional<String> heldUpBy) {
            this.heldUpBy = heldUpBy;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param heldUpFor for how long, as of {@code asOf}
         */
        public Builder heldUpFor(Duration heldUpFor) {
            this.heldUpFor = heldUpFor;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param asOf the instant the warning is seen as of; its instant when not given
         */
        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param message the text for a person
         */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param rules the names of the rules that raised it
         */
        public Builder rules(List<String> rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * {@return the warning}
         *
         * @throws NullPointerException when a required field is missing
         */
        public Warning build() {
            return new Warning(this);
        }
    }
}
