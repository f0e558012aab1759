package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.internal.text.DeferredText;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete result of evaluating one agreement for one period: who is responsible for each
 * delay, and the penalties owed. Either complete or not returned at all.
 *
 * <p>The period <em>settles</em> obligations: an obligation fulfilled after the period's start and
 * no later than its end gets its final attribution and its penalty decisions in this evaluation.
 * An obligation still open and already late at the end gets a provisional attribution and no
 * decision yet.
 *
 * <p>Built by the engine ({@link #builder()}); users read it, and it can gain a field in a minor
 * release without breaking them. Jackson writes it with any {@code ObjectMapper} as an object of
 * the accessors below ({@code asOf} as an ISO-8601 instant, the parts as their own types write
 * them), and reads that form back to an equal evaluation. {@link #decisions()} is derived and
 * not written.
 */
@JsonExplicit
@JsonPropertyOrder({"agreementId", "period", "asOf", "attributions", "penalties", "objectives", "credits", "history",
        "explanation"})
public final class Evaluation {

    private final String agreementId;
    private final DateRange period;
    private final Instant asOf;
    private final List<DelayAttribution> attributions;
    private final List<PenaltyDecision> penalties;
    private final List<ObjectiveResult> objectives;
    private final List<CreditDecision> credits;
    private final History history;
    /** Written when first read (issue 15); equals, hashCode and JSON read it, so they see the text. */
    private final DeferredText explanation;
    private final List<Decision> decisions;
    private final List<TerminationRight> terminationRights;
    private final List<PenaltyDecision> accrued;

    @JsonCreator
    private Evaluation(@JsonProperty(value = "agreementId", required = true) String agreementId,
                       @JsonProperty(value = "period", required = true) DateRange period,
                       @JsonProperty(value = "asOf", required = true)
                       @JsonDeserialize(converter = JsonForms.TextToInstant.class) Instant asOf,
                       @JsonProperty(value = "attributions") List<DelayAttribution> attributions,
                       @JsonProperty(value = "penalties") List<PenaltyDecision> penalties,
                       @JsonProperty(value = "objectives") List<ObjectiveResult> objectives,
                       @JsonProperty(value = "credits") List<CreditDecision> credits,
                       @JsonProperty(value = "history", required = true) History history,
                       @JsonProperty(value = "explanation", required = true) String explanation,
                       @JsonProperty(value = "terminationRights") List<TerminationRight> terminationRights,
                       @JsonProperty(value = "accrued") List<PenaltyDecision> accrued) {
        this(agreementId, period, asOf, attributions, penalties, objectives, credits, history,
                DeferredText.writtenOrNull(explanation), terminationRights, accrued);
    }

    private Evaluation(String agreementId, DateRange period, Instant asOf, List<DelayAttribution> attributions,
                       List<PenaltyDecision> penalties, List<ObjectiveResult> objectives, List<CreditDecision> credits,
                       History history, DeferredText explanation, List<TerminationRight> terminationRights,
                       List<PenaltyDecision> accrued) {
        this.agreementId = Objects.requireNonNull(agreementId, "agreementId");
        this.period = Objects.requireNonNull(period, "period");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
        this.penalties = List.copyOf(Objects.requireNonNull(penalties, "penalties"));
        this.objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
        this.credits = List.copyOf(Objects.requireNonNull(credits, "credits"));
        this.history = Objects.requireNonNull(history, "history");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        List<Decision> all = new ArrayList<>(this.penalties);
        all.addAll(this.credits);
        this.decisions = List.copyOf(all);
        this.terminationRights = terminationRights == null ? List.of() : List.copyOf(terminationRights);
        this.accrued = accrued == null ? List.of() : List.copyOf(accrued);
        if (this.accrued.stream().anyMatch(d -> !d.provisional())) {
            throw new IllegalArgumentException("SLA Rules: accrued damages are provisional decisions");
        }
        if (this.penalties.stream().anyMatch(PenaltyDecision::provisional)) {
            throw new IllegalArgumentException("SLA Rules: a provisional decision is never among the penalties");
        }
    }

    /**
     * A builder for the engine and for tests: {@code agreementId}, {@code period}, {@code asOf} and
     * {@code explanation} are required; the lists default to none and the history to {@link
     * History#empty()} (an evaluation of deadlines only).
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this Evaluation's fields, to derive a changed copy.
     *
     * @return a builder with every field set
     */
    public Builder toBuilder() {
        return new Builder().agreementId(agreementId).period(period).asOf(asOf).attributions(attributions)
                .penalties(penalties).objectives(objectives).credits(credits).history(history)
                .deferred(explanation).terminationRights(terminationRights).accrued(accrued);
    }

    /**
     * The termination rights the period gave under force-majeure clauses: one per clause and event that lasted
     * longer than the clause allows, in the period the right arose. (A liquidated-damages clause's termination
     * right is a flag of its decision, {@link PenaltyDecision#terminationRight()}.) Jackson writes the field only
     * when there is one.
     *
     * @return the rights, by clause then event; empty when there is none
     */
    @JsonProperty("terminationRights")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public List<TerminationRight> terminationRights() {
        return terminationRights;
    }

    /**
     * A right to terminate the agreement that a force-majeure clause gives when one event lasts longer than it
     * allows (strictly more than {@code afterDays} calendar days of the agreement's zone).
     *
     * @param id          content-derived: the agreement, clause and event; the same in every re-run
     * @param clause      the force-majeure clause it rests on
     * @param event       the force-majeure event
     * @param parties     the parties that may terminate, in the agreement's order
     * @param lasted      how long the event lasted (up to the period's end, if it goes on); more than the clause's
     *                    days
     * @param rules       the rules that granted it
     * @param explanation the derivation, in words
     */
    public record TerminationRight(@JsonProperty("id") String id, @JsonProperty("clause") String clause,
                                   @JsonProperty("event") String event,
                                   @JsonProperty("parties") List<String> parties,
                                   @JsonProperty("lasted") @JsonSerialize(using = ToStringSerializer.class)
                                   @JsonDeserialize(converter = JsonForms.TextToDuration.class) java.time.Duration lasted,
                                   @JsonProperty("rules") List<String> rules,
                                   @JsonProperty("explanation") String explanation) {
        /**
         * Validates the fields.
         *
         * @param id content-derived: the agreement, clause and event
         * @param clause the force-majeure clause it rests on
         * @param event the force-majeure event
         * @param parties the parties that may terminate
         * @param lasted how long the event lasted
         * @param rules the rules that granted it
         * @param explanation the derivation, in words
         */
        @JsonCreator
        public TerminationRight {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(event, "event");
            parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
            Objects.requireNonNull(lasted, "lasted");
            rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * The agreement evaluated.
     *
     * @return the agreementId
     */
    @JsonProperty("agreementId")
    public String agreementId() {
        return agreementId;
    }

    /**
     * The period settled.
     *
     * @return the period
     */
    @JsonProperty("period")
    public DateRange period() {
        return period;
    }

    /**
     * The end of the period: nothing after it is known to the evaluation.
     *
     * @return the asOf
     */
    @JsonProperty("asOf")
    @JsonSerialize(using = ToStringSerializer.class)
    public Instant asOf() {
        return asOf;
    }

    /**
     * The delays, ordered as the agreement lists its obligations.
     *
     * @return the attributions
     */
    @JsonProperty("attributions")
    public List<DelayAttribution> attributions() {
        return attributions;
    }

    /**
     * The decisions, ordered by clause, then as the agreement lists its obligations.
     *
     * @return the penalties
     */
    @JsonProperty("penalties")
    public List<PenaltyDecision> penalties() {
        return penalties;
    }

    /**
     * Each window of each objective the period settles, in window order, then as the agreement lists its objectives.
     *
     * @return the objectives
     */
    @JsonProperty("objectives")
    public List<ObjectiveResult> objectives() {
        return objectives;
    }

    /**
     * The service-credit decisions, in the order of {@code objectives}.
     *
     * @return the credits
     */
    @JsonProperty("credits")
    public List<CreditDecision> credits() {
        return credits;
    }

    /**
     * The history given, extended by the months and windows this period settled.
     *
     * @return the history
     */
    @JsonProperty("history")
    public History history() {
        return history;
    }

    /**
     * The whole derivation, in words.
     *
     * @return the explanation
     */
    @JsonProperty("explanation")
    public String explanation() {
        return explanation.get();
    }

    /**
     * Every decision, penalties and credits, so invoicing is one loop: first the
     * {@link #penalties()} in their order (by clause, then as the agreement lists its
     * obligations), then the {@link #credits()} in theirs (window order, then as the agreement
     * lists its objectives). The same input gives the same list in the same order.
     *
     * @return the penalties followed by the credits
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * The damages accrued so far on obligations still open and late at {@link #asOf()}: one provisional
     * {@link PenaltyDecision} per clause and obligation ({@link PenaltyDecision#provisional()}), priced as if
     * the obligation were fulfilled at that instant, with an id of its own (not the id its settlement will
     * have). Never among {@link #penalties()} or {@link #decisions()}: they are reported, never booked. In
     * the agreement's order of clauses and obligations. Jackson leaves the field out when empty.
     *
     * @return the provisional decisions
     */
    @JsonProperty("accrued")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<PenaltyDecision> accrued() {
        return accrued;
    }

    /**
     * The results of an objective, one per window, in window order.
     *
     * @param objectiveId the objective
     * @return its results; empty when the period settled none
     */
    public List<ObjectiveResult> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.objective().equals(objectiveId)).toList();
    }

    /**
     * The attribution of an obligation's delay, if it is late.
     *
     * @param obligationId the obligation
     * @return its attribution, or empty when it is not late in this period
     */
    public Optional<DelayAttribution> attribution(String obligationId) {
        return attributions.stream().filter(a -> a.subject().equals(obligationId)).findFirst();
    }

    /**
     * The whole derivation as text: every attribution and every decision with its reasons.
     *
     * @return the explanation
     */
    public String explain() {
        return explanation.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation o && Objects.equals(agreementId, o.agreementId)
                && Objects.equals(period, o.period)
                && Objects.equals(asOf, o.asOf)
                && Objects.equals(attributions, o.attributions)
                && Objects.equals(penalties, o.penalties)
                && Objects.equals(objectives, o.objectives)
                && Objects.equals(credits, o.credits)
                && Objects.equals(history, o.history)
                && explanation().equals(o.explanation())
                && Objects.equals(terminationRights, o.terminationRights)
                && Objects.equals(accrued, o.accrued);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, period, asOf, attributions, penalties, objectives, credits, history,
                explanation(), terminationRights, accrued);
    }

    @Override
    public String toString() {
        return "Evaluation[" + "agreementId=" + agreementId + ", " + "period=" + period + ", " + "asOf=" + asOf + ", "
                + "attributions=" + attributions + ", " + "penalties=" + penalties + ", " + "objectives=" + objectives
                + ", " + "credits=" + credits + ", " + "history=" + history + (accrued.isEmpty() ? "" : ", accrued=" + accrued)
                + "]";
    }

    /** Collects the fields of a {@link Evaluation}; {@link #build()} validates them. */
    public static final class Builder {
        private String agreementId;
        private DateRange period;
        private Instant asOf;
        private List<PenaltyDecision> accrued = List.of();

        /**
         * Sets {@code accrued}.
         *
         * @param accrued the provisional decisions of damages accrued so far on open obligations
         * @return this builder
         */
        public Builder accrued(List<PenaltyDecision> accrued) {
            this.accrued = accrued;
            return this;
        }
        private List<DelayAttribution> attributions = List.of();
        private List<PenaltyDecision> penalties = List.of();
        private List<ObjectiveResult> objectives = List.of();
        private List<CreditDecision> credits = List.of();
        private History history = History.empty();
        private DeferredText explanation;
        private List<TerminationRight> terminationRights = List.of();

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
         * Sets {@code terminationRights}.
         *
         * @param terminationRights the rights force-majeure clauses gave, by clause then event
         * @return this builder
         */
        public Builder terminationRights(List<TerminationRight> terminationRights) {
            this.terminationRights = terminationRights;
            return this;
        }

        /**
         * Sets {@code agreementId}.
         *
         * @param agreementId the agreement evaluated
         * @return this builder
         */
        public Builder agreementId(String agreementId) {
            this.agreementId = agreementId;
            return this;
        }

        /**
         * Sets {@code period}.
         *
         * @param period the period settled
         * @return this builder
         */
        public Builder period(DateRange period) {
            this.period = period;
            return this;
        }

        /**
         * Sets {@code asOf}.
         *
         * @param asOf the end of the period: nothing after it is known to the evaluation
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * Sets {@code attributions}.
         *
         * @param attributions the delays, ordered as the agreement lists its obligations
         * @return this builder
         */
        public Builder attributions(List<DelayAttribution> attributions) {
            this.attributions = attributions;
            return this;
        }

        /**
         * Sets {@code penalties}.
         *
         * @param penalties the decisions, ordered by clause, then as the agreement lists its obligations
         * @return this builder
         */
        public Builder penalties(List<PenaltyDecision> penalties) {
            this.penalties = penalties;
            return this;
        }

        /**
         * Sets {@code objectives}.
         *
         * @param objectives each window of each objective the period settles, in window order, then as the
         *                   agreement lists its objectives
         * @return this builder
         */
        public Builder objectives(List<ObjectiveResult> objectives) {
            this.objectives = objectives;
            return this;
        }

        /**
         * Sets {@code credits}.
         *
         * @param credits the service-credit decisions, in the order of {@code objectives}
         * @return this builder
         */
        public Builder credits(List<CreditDecision> credits) {
            this.credits = credits;
            return this;
        }

        /**
         * Sets {@code history}.
         *
         * @param history the history given, extended by the months and windows this period settled
         * @return this builder
         */
        public Builder history(History history) {
            this.history = history;
            return this;
        }

        /**
         * Sets {@code explanation}.
         *
         * @param explanation the whole derivation, in words
         * @return this builder
         */
        public Builder explanation(String explanation) {
            this.explanation = DeferredText.writtenOrNull(explanation);
            return this;
        }

        /**
         * The Evaluation.
         *
         * @return a valid Evaluation
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the fields contradict each other
         */
        public Evaluation build() {
            return new Evaluation(agreementId, period, asOf, attributions, penalties, objectives, credits, history,
                    explanation, terminationRights, accrued);
        }
    }
}
