package io.slarules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.time.DateRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One window of one objective: what was achieved against what was promised, and who lost the time.
 *
 * <p>Built by the engine ({@link #builder()}); users read it, and it can gain a field in a minor
 * release without breaking them. Jackson writes it with any {@code ObjectMapper} as an object of
 * the accessors below ({@code achieved} and {@code target} as exact plain decimal strings,
 * {@code shortfall} as a number or {@code null}), and reads that form back to an equal result.
 */
@JsonExplicit
@JsonPropertyOrder({"objective", "kind", "window", "achieved", "target", "met", "lostTime", "shortfall", "shortfallBy",
        "cases", "notes", "rules"})
public final class ObjectiveResult {

    private final String objective;
    private final MetricKind kind;
    private final DateRange window;
    private final BigDecimal achieved;
    private final BigDecimal target;
    private final boolean met;
    private final List<Share> lostTime;
    private final Long shortfall;
    private final List<UnitShare> shortfallBy;
    private final List<CaseResult> cases;
    private final List<String> notes;
    private final List<String> rules;
    private final List<CaseResult> running;

    @JsonCreator
    private ObjectiveResult(@JsonProperty(value = "objective", required = true) String objective,
                            @JsonProperty(value = "kind", required = true) MetricKind kind,
                            @JsonProperty(value = "window", required = true) DateRange window,
                            @JsonProperty(value = "achieved", required = true)
                            @JsonDeserialize(converter = JsonForms.TextToDecimal.class) BigDecimal achieved,
                            @JsonProperty(value = "target", required = true)
                            @JsonDeserialize(converter = JsonForms.TextToDecimal.class) BigDecimal target,
                            @JsonProperty(value = "met") boolean met,
                            @JsonProperty(value = "lostTime") List<Share> lostTime,
                            @JsonProperty(value = "shortfall") Long shortfall,
                            @JsonProperty(value = "shortfallBy") List<UnitShare> shortfallBy,
                            @JsonProperty(value = "cases") List<CaseResult> cases,
                            @JsonProperty(value = "notes") List<String> notes,
                            @JsonProperty(value = "rules") List<String> rules,
                            @JsonProperty(value = "running") List<CaseResult> running) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.window = Objects.requireNonNull(window, "window");
        this.achieved = Objects.requireNonNull(achieved, "achieved");
        this.target = Objects.requireNonNull(target, "target");
        this.met = met;
        this.lostTime = List.copyOf(Objects.requireNonNull(lostTime, "lostTime"));
        this.shortfall = shortfall;
        this.shortfallBy = List.copyOf(Objects.requireNonNull(shortfallBy, "shortfallBy"));
        this.cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        this.notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        this.running = running == null ? List.of() : List.copyOf(running);
    }

    /**
     * A builder for the engine and for tests: {@code objective}, {@code kind}, {@code window},
     * {@code achieved} and {@code target} are required; the lists default to none, {@code
     * shortfall} to empty.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ObjectiveResult's fields, to derive a changed copy.
     *
     * @return a builder with every field set
     */
    public Builder toBuilder() {
        return new Builder().objective(objective).kind(kind).window(window).achieved(achieved).target(target).met(met)
                .lostTime(lostTime).shortfall(shortfall()).shortfallBy(shortfallBy).cases(cases).notes(notes)
                .rules(rules).running(running);
    }

    /**
     * The objective.
     *
     * @return the objective
     */
    @JsonProperty("objective")
    public String objective() {
        return objective;
    }

    /**
     * Its metric kind.
     *
     * @return the kind
     */
    @JsonProperty("kind")
    public MetricKind kind() {
        return kind;
    }

    /**
     * The window measured, clipped to the agreement's effective dates.
     *
     * @return the window
     */
    @JsonProperty("window")
    public DateRange window() {
        return window;
    }

    /**
     * The level reached: a percentage (availability, ratio, share of cases within target) or a
     * count (quota); for per-case targets, the number of cases in time.
     *
     * @return the achieved
     */
    @JsonProperty("achieved")
    @JsonSerialize(converter = JsonForms.DecimalToText.class)
    public BigDecimal achieved() {
        return achieved;
    }

    /**
     * The level promised, in the same unit.
     *
     * @return the target
     */
    @JsonProperty("target")
    @JsonSerialize(converter = JsonForms.DecimalToText.class)
    public BigDecimal target() {
        return target;
    }

    /**
     * Whether the objective was met.
     *
     * @return the met
     */
    @JsonProperty("met")
    public boolean met() {
        return met;
    }

    /**
     * Availability: the outage time by responsible party (excused included); the obligated party's
     * share is what counted against it.
     *
     * @return the lostTime
     */
    @JsonProperty("lostTime")
    public List<Share> lostTime() {
        return lostTime;
    }

    /**
     * Quota: how many units short of the target as agreed; empty otherwise.
     *
     * @return the shortfall
     */
    public Optional<Long> shortfall() {
        return Optional.ofNullable(shortfall);
    }

    /** The shortfall as Jackson writes it: {@code null} when empty. */
    @JsonProperty("shortfall")
    private Long shortfallOrNull() {
        return shortfall;
    }

    /**
     * Quota: the shortfall by the party it counts against (an upstream party that fell short scales
     * a dependent target down, and answers for the difference).
     *
     * @return the shortfallBy
     */
    @JsonProperty("shortfallBy")
    public List<UnitShare> shortfallBy() {
        return shortfallBy;
    }

    /**
     * Time-to: every case that stopped in the window or breached before its end.
     *
     * @return the cases
     */
    @JsonProperty("cases")
    public List<CaseResult> cases() {
        return cases;
    }

    /**
     * Time-to: the cases still running and in time at the evaluation's "as of" instant, in the window that holds
     * it, by case id: each with its time so far, what remains and its projected breach (if no further pause
     * follows). They count in no window until they stop or breach. Jackson leaves the field out when empty.
     *
     * @return the running cases
     */
    @JsonProperty("running")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<CaseResult> running() {
        return running;
    }

    /**
     * What the reader should know beyond the figures, e.g. a credit below the minimum.
     *
     * @return the notes
     */
    @JsonProperty("notes")
    public List<String> notes() {
        return notes;
    }

    /**
     * The rules that produced it.
     *
     * @return the rules
     */
    @JsonProperty("rules")
    public List<String> rules() {
        return rules;
    }

    /**
     * The case with the given id.
     *
     * @param caseId the case
     * @return its result, or empty when the window has no such case
     */
    public Optional<CaseResult> caseResult(String caseId) {
        return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
    }

    /**
     * The outage time attributed to a party (or {@link Responsible#EXCUSED}); zero when none.
     *
     * @param responsible the party
     * @return its lost time
     */
    public Duration lostTimeOf(Responsible responsible) {
        return lostTime.stream().filter(s -> s.responsible().equals(responsible)).map(Share::length).findFirst()
                .orElse(Duration.ZERO);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectiveResult o && Objects.equals(objective, o.objective)
                && Objects.equals(kind, o.kind)
                && Objects.equals(window, o.window)
                && Objects.equals(achieved, o.achieved)
                && Objects.equals(target, o.target)
                && met == o.met
                && Objects.equals(lostTime, o.lostTime)
                && Objects.equals(shortfall, o.shortfall)
                && Objects.equals(shortfallBy, o.shortfallBy)
                && Objects.equals(cases, o.cases)
                && Objects.equals(notes, o.notes)
                && Objects.equals(rules, o.rules)
                && Objects.equals(running, o.running);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objective, kind, window, achieved, target, met, lostTime, shortfall, shortfallBy, cases,
                notes, rules, running);
    }

    @Override
    public String toString() {
        return "ObjectiveResult[" + "objective=" + objective + ", " + "kind=" + kind + ", " + "window=" + window
                + ", " + "achieved=" + achieved + ", " + "target=" + target + ", " + "met=" + met + ", " + "lostTime="
                + lostTime + ", " + "shortfall=" + shortfall + ", " + "shortfallBy=" + shortfallBy + ", " + "cases="
                + cases + ", " + "notes=" + notes + ", " + "rules=" + rules + (running.isEmpty() ? "" : ", running=" + running)
                + "]";
    }

    /** Collects the fields of a {@link ObjectiveResult}; {@link #build()} validates them. */
    public static final class Builder {
        private String objective;
        private MetricKind kind;
        private DateRange window;
        private BigDecimal achieved;
        private BigDecimal target;
        private boolean met;
        private List<Share> lostTime = List.of();
        private Optional<Long> shortfall = Optional.empty();
        private List<UnitShare> shortfallBy = List.of();
        private List<CaseResult> cases = List.of();
        private List<String> notes = List.of();
        private List<String> rules = List.of();
        private List<CaseResult> running = List.of();

        private Builder() {
        }

        /**
         * Sets {@code running}.
         *
         * @param running time-to: the cases still running and in time at the evaluation's "as of" instant
         * @return this builder
         */
        public Builder running(List<CaseResult> running) {
            this.running = running;
            return this;
        }

        /**
         * Sets {@code objective}.
         *
         * @param objective the objective
         * @return this builder
         */
        public Builder objective(String objective) {
            this.objective = objective;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param kind its metric kind
         * @return this builder
         */
        public Builder kind(MetricKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets {@code window}.
         *
         * @param window the window measured, clipped to the agreement's effective dates
         * @return this builder
         */
        public Builder window(DateRange window) {
            this.window = window;
            return this;
        }

        /**
         * Sets {@code achieved}.
         *
         * @param achieved the level reached: a percentage (availability, ratio, share of cases within target) or
         *                 a count (quota); for per-case targets, the number of cases in time
         * @return this builder
         */
        public Builder achieved(BigDecimal achieved) {
            this.achieved = achieved;
            return this;
        }

        /**
         * Sets {@code target}.
         *
         * @param target the level promised, in the same unit
         * @return this builder
         */
        public Builder target(BigDecimal target) {
            this.target = target;
            return this;
        }

        /**
         * Sets {@code met}.
         *
         * @param met whether the objective was met
         * @return this builder
         */
        public Builder met(boolean met) {
            this.met = met;
            return this;
        }

        /**
         * Sets {@code lostTime}.
         *
         * @param lostTime availability: the outage time by responsible party (excused included); the obligated
         *                 party's share is what counted against it
         * @return this builder
         */
        public Builder lostTime(List<Share> lostTime) {
            this.lostTime = lostTime;
            return this;
        }

        /**
         * Sets {@code shortfall}.
         *
         * @param shortfall quota: how many units short of the target as agreed; empty otherwise
         * @return this builder
         */
        public Builder shortfall(Optional<Long> shortfall) {
            this.shortfall = shortfall;
            return this;
        }

        /**
         * Sets {@code shortfallBy}.
         *
         * @param shortfallBy quota: the shortfall by the party it counts against (an upstream party that fell
         *                    short scales a dependent target down, and answers for the difference)
         * @return this builder
         */
        public Builder shortfallBy(List<UnitShare> shortfallBy) {
            this.shortfallBy = shortfallBy;
            return this;
        }

        /**
         * Sets {@code cases}.
         *
         * @param cases time-to: every case that stopped in the window or breached before its end
         * @return this builder
         */
        public Builder cases(List<CaseResult> cases) {
            this.cases = cases;
            return this;
        }

        /**
         * Sets {@code notes}.
         *
         * @param notes what the reader should know beyond the figures, e.g. a credit below the minimum
         * @return this builder
         */
        public Builder notes(List<String> notes) {
            this.notes = notes;
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
         * The ObjectiveResult.
         *
         * @return a valid ObjectiveResult
         * @throws NullPointerException     when a required field is missing
         * @throws IllegalArgumentException when the fields contradict each other
         */
        public ObjectiveResult build() {
            return new ObjectiveResult(objective, kind, window, achieved, target, met, lostTime,
                    Objects.requireNonNull(shortfall, "shortfall").orElse(null), shortfallBy, cases, notes, rules, running);
        }
    }
}
