package io.slarules;

import io.slarules.internal.engine.SlaEngineFactory;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Evaluates agreements: attributes every delay to the parties responsible and decides the
 * penalties owed. Immutable and thread-safe; build one with {@link #builder()} and share it.
 *
 * <p>An evaluation is a pure function of its inputs: the same agreement, period and timeline give
 * the same decisions, in the same order, with the same ids.
 */
public interface SlaEngine {

    /**
     * Evaluates an agreement for a period.
     *
     * @param agreement the agreement
     * @param period    the dates whose settled obligations are decided; nothing after it is known
     * @param timeline  what happened, from the agreement's start
     * @return the complete evaluation
     * @throws InvalidInputException       when the timeline or the period do not fit the agreement,
     *                                     listing every problem found
     * @throws EvaluationFailedException   when a rule failed
     */
    default Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline) {
        return evaluate(agreement, period, timeline, History.empty());
    }

    /**
     * Evaluates an agreement for a period, given what earlier evaluations decided: the terms that
     * look back (repeat offences, earn-back, rolling caps) read {@code history}, and
     * {@link Evaluation#history()} returns it extended by this period, ready for the next.
     *
     * @param agreement the agreement
     * @param period    the dates whose settled obligations and windows are decided
     * @param timeline  what happened, from the agreement's start
     * @param history   what earlier evaluations decided; {@link History#empty()} when none
     * @return the complete evaluation
     * @throws InvalidInputException     when the timeline, the period or the history do not fit the
     *                                   agreement, listing every problem found
     * @throws EvaluationFailedException when a rule failed
     */
    Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history);

    /**
     * Evaluates an agreement as of an instant inside a period: "where do we stand now?". Only what is
     * known at {@code asOf} counts: fulfilments, case events and counts after it are ignored and outages
     * are cut at it. An obligation still open and late reports its lateness so far and the damages
     * accrued so far as provisional decisions ({@link Evaluation#accrued()}, never booked); a case still
     * running reports its time so far, what remains and its projected breach if no further pause follows
     * ({@link io.slarules.ObjectiveResult#running()}). A window that ends after {@code asOf} is measured as
     * known so far and issues no credit (its result's notes say so); before the period's end, the history
     * is returned as given, not extended. With {@code asOf} at the period's end, this is
     * {@link #evaluate(Agreement, DateRange, Timeline, History)}.
     *
     * <p>The default implementation accepts only {@code asOf} at the period's end; the engine of
     * {@link #builder()} accepts any instant in the period.
     *
     * @param agreement the agreement
     * @param period    the dates whose settled obligations and windows are decided
     * @param timeline  what happened, from the agreement's start (what happened after {@code asOf} is ignored)
     * @param history   what earlier evaluations decided; {@link History#empty()} when none
     * @param asOf      the instant known, after the period's first instant and not after its last
     * @return the complete evaluation as of that instant
     * @throws InvalidInputException     when {@code asOf} lies outside the period, or the inputs do not fit
     * @throws EvaluationFailedException when a rule failed
     */
    default Evaluation evaluate(Agreement agreement, DateRange period, Timeline timeline, History history,
                                java.time.Instant asOf) {
        java.util.Objects.requireNonNull(agreement, "agreement");
        java.util.Objects.requireNonNull(period, "period");
        java.util.Objects.requireNonNull(asOf, "asOf");
        if (!asOf.equals(period.toInterval(agreement.zone()).endExclusive())) {
            throw new UnsupportedOperationException("SLA Rules: " + this + " evaluates only as of a period's end");
        }
        return evaluate(agreement, period, timeline, history);
    }

    /**
     * Evaluates a service-based agreement for each of its subscribers: each under
     * {@link Agreement#forSubscription} of its subscription, with its own timeline, fee and
     * decisions, in the order given. A batch of subscribers is a batch of
     * {@link EvaluationRequest#forSubscriber requests}, so {@link #evaluateAll} takes them too.
     *
     * @throws InvalidInputException     for the first subscriber whose input does not fit
     * @throws EvaluationFailedException for the first subscriber whose evaluation failed
     * @param offering the service-based agreement the subscribers subscribed under
     * @param period the dates whose settled obligations and windows are decided, for every subscriber
     * @param subscribers the subscribers, each with its subscription, timeline and history
     * @return one evaluation per subscriber, in the order given
     */
    default List<Evaluation> evaluate(Agreement offering, DateRange period, List<Subscriber> subscribers) {
        java.util.Objects.requireNonNull(offering, "offering");
        java.util.Objects.requireNonNull(period, "period");
        List<Evaluation> evaluations = new java.util.ArrayList<>();
        try (Stream<EvaluationOutcome> outcomes = evaluateAll(subscribers.stream()
                .map(s -> EvaluationRequest.forSubscriber(offering, period, s)))) {
            outcomes.forEachOrdered(o -> evaluations.add(o.evaluationOrThrow()));
        }
        return List.copyOf(evaluations);
    }

    /**
     * Evaluates an agreement for a calendar month of its zone.
     *
     * @param agreement the agreement to evaluate
     * @param month the calendar month whose settled obligations and windows are decided
     * @param timeline what happened, from the agreement's start
     * @return the decisions of the month
     */
    default Evaluation evaluate(Agreement agreement, YearMonth month, Timeline timeline) {
        return evaluate(agreement, DateRange.ofMonth(month), timeline);
    }

    /**
     * Evaluates a batch: a stream of requests in, a stream of outcomes out, one per request and in
     * the order of the requests, each equal to what {@link #evaluate(Agreement, DateRange, Timeline)}
     * gives (or throws) for it.
     *
     * <p>Requests are evaluated on {@link BatchOptions#parallelism()} threads. Memory stays bounded
     * whatever the size of the input: requests are pulled from {@code requests} (on the consuming
     * thread) only a bounded number ahead of the outcome consumed, so a slow consumer slows the
     * producer and nothing holds the whole input. The stream is lazy: nothing is evaluated before
     * its terminal operation starts.
     *
     * <p>Threads are started on the first pull and stopped when the stream is exhausted, when it
     * throws, or when it is closed; they are daemon threads that also end on their own when a
     * stream is abandoned. Close it when it may not be consumed to the end (closing it closes
     * {@code requests} too):
     *
     * <pre>{@code
     * try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(requests, BatchOptions.defaults())) {
     *     outcomes.forEach(outcome -> billing.book(outcome.evaluation().orElseThrow()));
     * }
     * }</pre>
     *
     * @param requests the requests, consumed once; may be infinite
     * @param options  the parallelism and what a failed request does to the run
     * @return the outcomes, in the order of the requests
     * @throws InvalidInputException     from the stream, with {@link BatchOptions.OnFailure#STOP}, for
     *                                   the first request (in input order) whose input is invalid
     * @throws EvaluationFailedException from the stream, with {@link BatchOptions.OnFailure#STOP}, for
     *                                   the first request whose evaluation failed
     */
    Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests, BatchOptions options);

    /**
     * Evaluates a batch with the {@linkplain BatchOptions#defaults() default options}: as many
     * threads as processors, the first failure stops the run.
     *
     * @see #evaluateAll(Stream, BatchOptions)
     * @param requests the requests, consumed once
     * @return one outcome per request, in the order of the requests
     */
    default Stream<EvaluationOutcome> evaluateAll(Stream<EvaluationRequest> requests) {
        return evaluateAll(requests, BatchOptions.defaults());
    }

    /**
     * A monitor that watches agreements live and warns before (and when) they are breached, with
     * this engine's rules (its rule packs' warning rules included). See {@link io.slarules.watch.Monitor}.
     *
     * @param options where the clock starts, how late events may arrive, who is told of warnings
     * @return a new monitor, watching no agreement yet
     * @throws UnsupportedOperationException when the engine cannot watch (an engine not from sla-rules)
     */
    default io.slarules.watch.Monitor monitor(io.slarules.watch.WatchOptions options) {
        throw new UnsupportedOperationException("this engine cannot watch agreements live");
    }

    /** {@return a builder of an engine with the default rule base} */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Configures an engine: its rule packs and its bounds on a faulty rule. Each option is checked
     * when set; {@link #build()} gives an immutable engine.
     *
     * <pre>{@code
     * SlaEngine engine = SlaEngine.builder()
     *         .rulePack(PublicWorksPack.rulePack())   // a pack is code: name the packs you trust
     *         .maxRuleFirings(50_000)
     *         .build();
     * }</pre>
     */
    final class Builder {

        private int maxRuleFirings = 100_000;
        private Duration maxEvaluationTime;
        private int maxAbandonedEvaluations = 4;
        private final List<RulePack> rulePacks = new ArrayList<>();
        private boolean discoverRulePacks;

        Builder() {
        }

        /**
         * The most rule firings one evaluation may take before it is stopped as a runaway rule.
         * Generous by default (100,000).
         *
         * @throws IllegalArgumentException when not positive
         * @param maxRuleFirings the most firings of one evaluation; at least 1
         * @return this builder
         */
        public Builder maxRuleFirings(int maxRuleFirings) {
            if (maxRuleFirings <= 0) {
                throw new IllegalArgumentException("maxRuleFirings must be positive, was " + maxRuleFirings);
            }
            this.maxRuleFirings = maxRuleFirings;
            return this;
        }

        /** {@return the firing limit set} */
        public int maxRuleFirings() {
            return maxRuleFirings;
        }

        /**
         * The longest one evaluation may take before it is abandoned with an
         * {@link EvaluationFailedException} naming the agreement, the rule that was running and its
         * pack; none by default. It holds whatever a rule does (a busy loop, a sleep, a condition that
         * never returns): with a budget, each evaluation runs on a worker thread of the engine while
         * the caller waits at most the budget; at the deadline the session is halted and the worker
         * interrupted. A worker that does not stop (a loop that never checks for interruption) is
         * left running as a daemon thread and its session is never reused; at most
         * {@link #maxAbandonedEvaluations(int)} such evaluations may still run, after which the engine
         * refuses to start more. Without a budget, evaluations run on the caller's thread, bounded by
         * the firing limit alone. The firing limit is deterministic (the same input fails the same way
         * on every machine) and is the bound to rely on; a time budget depends on the machine's speed.
         *
         * @param maxEvaluationTime the budget, positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxEvaluationTime(Duration maxEvaluationTime) {
            Objects.requireNonNull(maxEvaluationTime, "maxEvaluationTime");
            if (maxEvaluationTime.isNegative() || maxEvaluationTime.isZero()) {
                throw new IllegalArgumentException("maxEvaluationTime must be positive, was " + maxEvaluationTime);
            }
            this.maxEvaluationTime = maxEvaluationTime;
            return this;
        }

        /** {@return the time budget set, if any} */
        public Optional<Duration> maxEvaluationTime() {
            return Optional.ofNullable(maxEvaluationTime);
        }

        /**
         * How many evaluations abandoned at their {@linkplain #maxEvaluationTime(Duration) time budget}
         * may still be running (their rule ignoring the interruption) before the engine refuses new
         * evaluations: each further one fails at once with an {@link EvaluationFailedException} saying
         * so, rather than leaking another thread. 4 by default; evaluations are accepted again as the
         * abandoned ones end. Only matters with a time budget.
         *
         * @param maxAbandonedEvaluations the bound, positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxAbandonedEvaluations(int maxAbandonedEvaluations) {
            if (maxAbandonedEvaluations <= 0) {
                throw new IllegalArgumentException("maxAbandonedEvaluations must be positive, was "
                        + maxAbandonedEvaluations);
            }
            this.maxAbandonedEvaluations = maxAbandonedEvaluations;
            return this;
        }

        /**
         * The bound on abandoned evaluations still running.
         *
         * @return the bound
         */
        public int maxAbandonedEvaluations() {
            return maxAbandonedEvaluations;
        }

        /**
         * Adds a rule pack to the default rules. Packs are code: add only packs you trust.
         *
         * @throws IllegalArgumentException when a pack with the same id was added already
         * @param rulePack the pack's descriptor
         * @return this builder
         */
        public Builder rulePack(RulePack rulePack) {
            Objects.requireNonNull(rulePack, "rulePack");
            if (rulePacks.stream().anyMatch(p -> p.id().equals(rulePack.id()))) {
                throw new IllegalArgumentException("rule pack " + rulePack.id() + " was added already");
            }
            rulePacks.add(rulePack);
            return this;
        }

        /** {@return the rule packs added, in order} */
        public List<RulePack> rulePacks() {
            return List.copyOf(rulePacks);
        }

        /**
         * Also loads the rule packs registered through {@link java.util.ServiceLoader}
         * ({@link io.slarules.spi.RulePackProvider}) on the class path. Off by default: a jar on the
         * class path does not change decisions unless asked to.
         *
         * @return this builder
         */
        public Builder discoverRulePacks() {
            this.discoverRulePacks = true;
            return this;
        }

        /** {@return whether discovered rule packs are loaded too} */
        public boolean discoversRulePacks() {
            return discoverRulePacks;
        }

        /**
         * Builds the engine.
         *
         * @throws SlaException      when no engine implementation (the {@code sla-rules} module) is on
         *                           the class path
         * @throws RulePackException when a rule pack does not load, compile or fit the others, listing
         *                           every problem with its pack, file, line and rule
         * @return an immutable, thread-safe engine
         */
        public SlaEngine build() {
            Iterator<SlaEngineFactory> factories = ServiceLoader.load(SlaEngineFactory.class,
                    SlaEngine.class.getClassLoader()).iterator();
            if (!factories.hasNext()) {
                throw new SlaException("no SLA engine on the class path: add the io.slarules:sla-rules dependency");
            }
            return factories.next().create(this);
        }
    }
}
