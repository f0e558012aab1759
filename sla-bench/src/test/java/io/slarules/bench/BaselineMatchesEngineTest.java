package io.slarules.bench;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import org.junit.jupiter.api.Test;

import io.slarules.CaseResult;
import io.slarules.Responsible;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison is honest only if the baseline decides what the engine decides: attributions
 * (subject, delay, shares per party) and penalty decisions (id, clause, subject, debtor, creditor,
 * units, amounts, cap, termination right), objective results (achieved, met, lost time per party,
 * cases with business time, pauses and breach) and credit decisions (id, kind, clause, window,
 * subject, parties, exact amounts before and after the caps, capped), request by request.
 */
class BaselineMatchesEngineTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    /**
     * Agreements of the standard month compared: 150 in the default build (about 10 s), 500 with
     * {@code -Pbaseline-500} (15 to 23 s on 2 shared cores).
     */
    private static final int SAMPLE = Integer.getInteger("bench.baselineSample", 150);

    @Test
    void theBaselineDecidesWhatTheEngineDecidesOnASampleOfTheStandardMonth() {
        List<EvaluationRequest> sample = Workload.standardSample(SAMPLE);

        int attributions = 0;
        int penalties = 0;
        Map<String, Integer> seen = new TreeMap<>();
        for (EvaluationRequest request : sample) {
            Decisions engine = Decisions.of(ENGINE.evaluate(request.agreement(), request.period(), request.timeline(),
                    request.history()));
            Decisions baseline = Baseline.evaluate(request);

            assertThat(baseline).as("agreement %s", request.agreementId()).isEqualTo(engine);
            attributions += engine.attributions().size();
            penalties += engine.penalties().size();
            engine.objectives().forEach(o -> {
                seen.merge(o.objective() + (o.met() ? " met" : " missed"), 1, Integer::sum);
                seen.merge("cases", o.cases().size(), Integer::sum);
                seen.merge("breached cases", (int) o.cases().stream().filter(CaseResult::breached).count(),
                        Integer::sum);
                seen.merge("paused cases", (int) o.cases().stream().filter(c -> !c.pauses().isEmpty()).count(),
                        Integer::sum);
                seen.merge("time lost to others", (int) o.lostTime().stream()
                        .filter(s -> !s.responsible().equals(Responsible.party("provider"))).count(), Integer::sum);
            });
            engine.credits().forEach(c -> {
                seen.merge(c.kind().name(), 1, Integer::sum);
                seen.merge(c.capped() ? "capped credits" : "uncapped credits", 1, Integer::sum);
            });
        }
        // the sample exercises what it should: many delays and decisions, not an empty comparison
        assertThat(attributions).isGreaterThan(2 * SAMPLE);
        assertThat(penalties).isGreaterThan(SAMPLE * 3 / 5);
        // every agreement has both objectives; both are met and missed, credits of both kinds, some capped by the
        // clause, the month or the rolling cap; cases paused and breached, downtime lost to other parties
        assertThat(seen.getOrDefault("AVAIL met", 0) + seen.getOrDefault("AVAIL missed", 0)).isEqualTo(SAMPLE);
        assertThat(seen.getOrDefault("RESOLVE met", 0) + seen.getOrDefault("RESOLVE missed", 0)).isEqualTo(SAMPLE);
        assertThat(seen).as("%s", seen).containsKeys("AVAIL met", "AVAIL missed", "RESOLVE missed",
                "SERVICE_CREDIT", "PER_BREACH", "capped credits", "uncapped credits");
        assertThat(seen.get("cases")).isEqualTo(SAMPLE * ServiceLevelWorkload.CASES);
        assertThat(seen.get("breached cases")).isGreaterThan(SAMPLE);
        assertThat(seen.get("paused cases")).isGreaterThan(SAMPLE * 4);
        assertThat(seen.get("time lost to others")).isGreaterThan(SAMPLE / 10);
        System.out.println("BaselineMatchesEngineTest: " + SAMPLE + " agreements equal: " + attributions
                + " attributions, " + penalties + " penalties, " + seen);
    }

    @Test
    void theBatchGivesTheEvaluationsOneByOneOnTheSample() {
        // the batch reuses a session per chunk: its outcomes must not differ in a single character
        List<EvaluationRequest> sample = Workload.standardSample(SAMPLE);

        List<EvaluationOutcome> outcomes;
        try (Stream<EvaluationOutcome> stream = ENGINE.evaluateAll(sample.stream(),
                BatchOptions.defaults().withParallelism(2))) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).hasSameSizeAs(sample);
        for (int i = 0; i < sample.size(); i++) {
            EvaluationRequest r = sample.get(i);
            assertThat(outcomes.get(i).evaluation()).as("agreement %s", r.agreementId())
                    .contains(ENGINE.evaluate(r.agreement(), r.period(), r.timeline(), r.history()));
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
