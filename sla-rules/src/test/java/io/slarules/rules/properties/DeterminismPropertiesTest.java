package io.slarules.rules.properties;

import io.slarules.Evaluation;
import io.slarules.PenaltyDecision;
import io.slarules.SlaEngine;
import io.slarules.model.TimelineEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.slarules.rules.properties.SharedEngine.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** An evaluation is a pure function of its input. Scenarios come from the {@link AgreementArbitraries} domain. */
@Domain(AgreementArbitraries.class)
@Domain(net.jqwik.api.domains.DomainContext.Global.class)
class DeterminismPropertiesTest {

    /**
     * Property 5. Evaluating the same input twice, with the same engine or a newly built one,
     * gives equal evaluations: attributions, decisions with their ids, and explanation text.
     * Evaluating a timeline built from the same events shuffled, some of them given twice, gives
     * the same evaluation again. Decision ids are unique within an evaluation.
     */
    @Property(tries = 200)
    void sameInputGivesTheSameEvaluationWhateverTheEventOrderAndDecisionIdsAreUnique(@ForAll Scenario s,
                                                                                   @ForAll long shuffleSeed) {
        Evaluation first = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        Evaluation again = ENGINE.evaluate(s.agreement(), s.period(), s.timeline());
        SlaEngine other = SlaEngine.builder().build();
        Evaluation otherEngine = other.evaluate(s.agreement(), s.period(), s.timeline());

        Random random = new Random(shuffleSeed);
        List<TimelineEvent> shuffled = new ArrayList<>(s.events());
        for (TimelineEvent e : s.events()) {
            if (random.nextInt(4) == 0) {
                shuffled.add(e); // the same event twice counts once
            }
        }
        Collections.shuffle(shuffled, random);
        Evaluation fromShuffled = ENGINE.evaluate(s.agreement(), s.period(), s.withEvents(shuffled).timeline());

        String about = " in " + s + "\nshuffled: " + Scenario.ids(shuffled);
        assertSame(again, first, "second evaluation" + about);
        assertSame(otherEngine, first, "evaluation by another engine" + about);
        assertSame(fromShuffled, first, "evaluation of the shuffled timeline" + about);

        Set<String> ids = new HashSet<>();
        for (PenaltyDecision d : first.penalties()) {
            assertThat(ids.add(d.id())).as("unique decision id " + d.id() + about).isTrue();
        }
    }

    private static void assertSame(Evaluation actual, Evaluation expected, String about) {
        assertThat(actual.attributions()).as("attributions, " + about).isEqualTo(expected.attributions());
        assertThat(actual.penalties().stream().map(PenaltyDecision::id).toList()).as("decision ids, " + about)
                .isEqualTo(expected.penalties().stream().map(PenaltyDecision::id).toList());
        assertThat(actual.penalties()).as("decisions, " + about).isEqualTo(expected.penalties());
        // Money compares by value: compare the amounts' exact digits too
        assertThat(actual.penalties().stream().map(d -> d.amount().toString() + " " + d.priced()).toList())
                .as("amounts as written, " + about)
                .isEqualTo(expected.penalties().stream().map(d -> d.amount().toString() + " " + d.priced()).toList());
        assertThat(actual.explain()).as("explanation, " + about).isEqualTo(expected.explain());
        assertThat(actual).as("evaluation, " + about).isEqualTo(expected);
    }
}
