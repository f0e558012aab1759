package io.slarules.bench;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison is honest only if the baseline decides what the engine decides: attributions
 * (subject, delay, shares per party) and penalty decisions (id, clause, subject, debtor, creditor,
 * units, amounts, cap, termination right), request by request.
 */
class BaselineMatchesEngineTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();

    @Test
    void theBaselineDecidesWhatTheEngineDecidesOnASampleOfTheStandardMonth() {
        List<EvaluationRequest> sample = Workload.standardSample(500);

        int attributions = 0;
        int penalties = 0;
        for (EvaluationRequest request : sample) {
            Decisions engine = Decisions.of(ENGINE.evaluate(request.agreement(), request.period(), request.timeline()));
            Decisions baseline = Baseline.evaluate(request);

            assertThat(baseline).as("agreement %s", request.agreementId()).isEqualTo(engine);
            attributions += engine.attributions().size();
            penalties += engine.penalties().size();
        }
        // the sample exercises what it should: many delays and decisions, not an empty comparison
        assertThat(attributions).isGreaterThan(1_000);
        assertThat(penalties).isGreaterThan(300);
    }

    @Test
    void theBatchGivesTheEvaluationsOneByOneOnTheSample() {
        // the batch reuses a session per chunk: its outcomes must not differ in a single character
        List<EvaluationRequest> sample = Workload.standardSample(500);

        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> stream = ENGINE.evaluateAll(sample.stream(),
                BatchOptions.defaults().withParallelism(2))) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).hasSameSizeAs(sample);
        for (int i = 0; i < sample.size(); i++) {
            EvaluationRequest r = sample.get(i);
            assertThat(outcomes.get(i).evaluation()).as("agreement %s", r.agreementId())
                    .contains(ENGINE.evaluate(r.agreement(), r.period(), r.timeline()));
        }
    }

    @Test
    void theBaselineDecidesWhatTheEngineDecidesOnALargeAgreement() {
        EvaluationRequest request = Workload.withEvents(1_000);

        Decisions engine = Decisions.of(ENGINE.evaluate(request.agreement(), request.period(), request.timeline()));

        assertThat(Baseline.evaluate(request)).isEqualTo(engine);
        assertThat(engine.penalties()).hasSizeGreaterThan(10);
    }
}
