package io.slarules.testkit.properties;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.testkit.SlaInvariants;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The library's invariants ({@link SlaInvariants}) as jqwik properties over generated agreements
 * and timelines ({@link SlaArbitraries#inputs()}; service levels with a history:
 * {@link ServiceLevelArbitraries#inputs()}), for any engine. A vendor runs them against its
 * own engine or rule packs by extending this class in its tests:
 *
 * <pre>{@code
 * class MyPackInvariantsTest extends SlaInvariantProperties {
 *     private static final SlaEngine ENGINE = SlaEngine.builder().build();   // with the pack
 *
 *     @Override
 *     protected SlaEngine engine() {
 *         return ENGINE;
 *     }
 * }
 * }</pre>
 *
 * <p>Each property runs jqwik's default number of tries (1,000, or {@code jqwik.tries.default} in
 * {@code junit-platform.properties}); the project's build runs 1,000 and its {@code exhaustive}
 * profile 10,000. A broken invariant fails with an {@link io.slarules.testkit.InvariantViolation}
 * naming it, and jqwik reports the shrunk input that breaks it, written out by
 * {@link GeneratedInput#toString()}.
 */
public abstract class SlaInvariantProperties {

    /** For subclasses. */
    protected SlaInvariantProperties() {
    }

    /** {@return the engine whose evaluations are checked; build it once (a static field) and return it} */
    protected abstract SlaEngine engine();

    /** {@return the inputs the properties run on; override to narrow or widen them} */
    @Provide
    public Arbitrary<GeneratedInput> inputs() {
        return SlaArbitraries.inputs();
    }

    /**
     * {@link SlaInvariants.Invariant#SHARES_ADD_UP}.
     *
     * @param input a generated agreement, timeline and period
     */
    @Property
    public void sharesAddUpToTheTotalDelay(@ForAll("inputs") GeneratedInput input) {
        SlaInvariants.sharesAddUp(input.agreement(), evaluate(input));
    }

    /**
     * {@link SlaInvariants.Invariant#ONLY_ATTRIBUTED_TIME_IS_PRICED}.
     *
     * @param input a generated agreement, timeline and period
     */
    @Property
    public void noPartyPaysForTimeAttributedToAnotherPartyOrExcused(@ForAll("inputs") GeneratedInput input) {
        SlaInvariants.onlyAttributedTimeIsPriced(input.agreement(), evaluate(input));
    }

    /**
     * {@link SlaInvariants.Invariant#CAPS_HOLD}.
     *
     * @param input a generated agreement, timeline and period
     */
    @Property
    public void noPenaltyIsNegativeOrExceedsItsCap(@ForAll("inputs") GeneratedInput input) {
        SlaInvariants.capsHold(input.agreement(), evaluate(input));
    }

    /**
     * {@link SlaInvariants.Invariant#UNIQUE_DECISION_IDS} and {@link SlaInvariants.Invariant#SAME_ON_RE_RUN}.
     *
     * @param input a generated agreement, timeline and period
     */
    @Property
    public void decisionIdsAreUniqueAndTheSameOnEveryReRun(@ForAll("inputs") GeneratedInput input) {
        Evaluation first = evaluate(input);
        SlaInvariants.decisionIdsAreUnique(first);
        SlaInvariants.sameOnReRun(engine(), input.agreement(), input.period(), input.timeline(), first);
    }

    /**
     * {@link SlaInvariants.Invariant#INDEPENDENT_OF_EVENT_ORDER}: shuffled, about one event in four given twice.
     *
     * @param input a generated agreement, timeline and period
     * @param shuffleSeed the seed of the shuffle
     */
    @Property
    public void resultDoesNotDependOnTheOrderOfTheTimelinesEvents(@ForAll("inputs") GeneratedInput input,
                                                                 @ForAll long shuffleSeed) {
        Evaluation first = evaluate(input);
        SlaInvariants.independentOfEventOrder(engine(), input.agreement(), input.period(), input.timeline(), first,
                SlaInvariants.shuffledWithDuplicates(input.timeline(), shuffleSeed));
    }

    /** {@return the service-level inputs the service-level property runs on; override to narrow or widen them} */
    @Provide
    public Arbitrary<ServiceLevelInput> serviceLevelInputs() {
        return ServiceLevelArbitraries.inputs();
    }

    /**
     * Every invariant on generated service-level agreements, timelines and histories, the history
     * passed: {@link SlaInvariants#evaluateAndCheck(SlaEngine, io.slarules.model.Agreement,
     * io.slarules.model.time.DateRange, io.slarules.model.timeline.Timeline, io.slarules.model.servicelevels.History)} (objective
     * results, credits within their clause and every cap, ids, re-run, reordered events, others'
     * downtime taken out).
     *
     * @param s a generated service-level input
     */
    @Property
    public void serviceLevelsKeepEveryInvariantWithTheHistoryPassed(@ForAll("serviceLevelInputs") ServiceLevelInput s) {
        SlaInvariants.evaluateAndCheck(engine(), s.agreement(), s.period(), s.timeline(), s.history());
    }

    private Evaluation evaluate(GeneratedInput input) {
        return engine().evaluate(input.agreement(), input.period(), input.timeline());
    }
}
