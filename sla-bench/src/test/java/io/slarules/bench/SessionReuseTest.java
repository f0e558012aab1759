package io.slarules.bench;

import io.slarules.BatchOptions;
import io.slarules.Evaluation;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import io.slarules.report.EvaluationJson;
import io.slarules.rules.internal.engine.DroolsSlaEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session reset and reused concludes what a new one does: a mixed set of agreements (deadlines and
 * service levels of the standard month, a large deadline-only agreement) evaluated in varying orders
 * and in a batch on one engine, whose pool hands each evaluation a session a different agreement used
 * before (every phase's agenda group focused in turn), gives the same evaluations, JSON and explanations
 * as an engine whose every run has a new session.
 */
class SessionReuseTest {

    @Test
    void reusedSessionsConcludeWhatNewSessionsDo() {
        List<EvaluationRequest> requests = new ArrayList<>(Workload.standardSample(80));
        requests.add(20, Workload.withEvents(300));
        requests.add(60, Workload.withEvents(120));
        DroolsSlaEngine reused = (DroolsSlaEngine) SlaEngine.builder().build();
        DroolsSlaEngine fresh = reused.withFreshSessions();
        Map<String, Evaluation> expected = new LinkedHashMap<>();
        requests.forEach(r -> expected.put(r.agreementId(), evaluate(fresh, r)));

        List<EvaluationRequest> shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled, new Random(15));
        List<EvaluationRequest> reversed = new ArrayList<>(requests);
        Collections.reverse(reversed);
        for (List<EvaluationRequest> order : List.of(requests, shuffled, reversed)) {
            for (EvaluationRequest r : order) {
                assertSame(expected.get(r.agreementId()), evaluate(reused, r), r);
            }
        }
        try (Stream<EvaluationOutcome> outcomes = reused.evaluateAll(shuffled.stream(),
                BatchOptions.defaults().withParallelism(2))) {
            outcomes.forEach(o -> assertSame(expected.get(o.agreementId()), o.evaluation().orElseThrow(),
                    shuffled.stream().filter(r -> r.agreementId().equals(o.agreementId())).findFirst().orElseThrow()));
        }
        // the sessions were reused indeed: given back to the pool, not one per run
        assertThat(reused.idleSessions()).isPositive();
        assertThat(reused.kieBase().getKieSessions()).hasSize(reused.idleSessions());
    }

    private static Evaluation evaluate(SlaEngine engine, EvaluationRequest r) {
        return engine.evaluate(r.agreement(), r.period(), r.timeline(), r.history());
    }

    private static void assertSame(Evaluation expected, Evaluation actual, EvaluationRequest r) {
        assertThat(actual).as("agreement %s", r.agreementId()).isEqualTo(expected);
        assertThat(EvaluationJson.write(actual)).as("JSON of %s", r.agreementId())
                .isEqualTo(EvaluationJson.write(expected));
        assertThat(actual.explain()).as("explanation of %s", r.agreementId()).isEqualTo(expected.explain());
    }
}
