package io.slarules.rules.properties;

import io.slarules.Evaluation;
import io.slarules.SlaEngine;
import io.slarules.testkit.SlaInvariants;
import io.slarules.testkit.properties.GeneratedInput;
import io.slarules.testkit.properties.SlaArbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

import static io.slarules.rules.properties.SharedEngine.ENGINE;

/**
 * An evaluation is a pure function of its input, whichever engine computes it. Inputs come from
 * the {@link SlaArbitraries} domain.
 *
 * <p>Property 5 in full: a re-run with the same engine, and the timeline's events shuffled (some
 * given twice), give the same evaluation, and decision ids are unique; those parts are the test
 * kit's invariants {@code SAME_ON_RE_RUN}, {@code INDEPENDENT_OF_EVENT_ORDER} and
 * {@code UNIQUE_DECISION_IDS}, run 1,000 times each by DefaultEngineInvariantsTest. What is left
 * here: another engine, built anew, evaluates alike.
 */
@Domain(SlaArbitraries.class)
@Domain(net.jqwik.api.domains.DomainContext.Global.class)
class DeterminismPropertiesTest {

    /**
     * Evaluating the same input with a newly built engine gives an equal evaluation: attributions,
     * decisions with their ids and amounts as written, and explanation text.
     */
    @Property
    void anotherEngineGivesTheSameEvaluation(@ForAll GeneratedInput s) {
        Evaluation first = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        SlaEngine other = SlaEngine.builder().build();

        SlaInvariants.sameOnReRun(other, s.agreement(), s.period(), s.timeline(), first);
    }
}
