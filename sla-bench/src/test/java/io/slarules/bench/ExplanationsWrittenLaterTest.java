package io.slarules.bench;

import io.slarules.Decision;
import io.slarules.Evaluation;
import io.slarules.EvaluationRequest;
import io.slarules.SlaEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Explanations are written when first read (issue 15). On the benchmarks' workload (300 agreements of the standard
 * month and one agreement with 1,000 events), texts read long after their evaluations, by several threads at once
 * in orders of their own, are the texts read right after each evaluation, character for character.
 */
class ExplanationsWrittenLaterTest {

    private static final SlaEngine ENGINE = SlaEngine.builder().build();
    private static final int AGREEMENTS = 300;
    private static final int THREADS = 4;

    private static List<EvaluationRequest> requests() {
        List<EvaluationRequest> requests = new ArrayList<>(Workload.standardSample(AGREEMENTS));
        requests.add(Workload.withEvents(1_000));
        return requests;
    }

    private static Evaluation evaluate(EvaluationRequest r) {
        return ENGINE.evaluate(r.agreement(), r.period(), r.timeline(), r.history());
    }

    /** The evaluation's text, then every decision's, accrued ones included. */
    private static List<String> texts(Evaluation evaluation) {
        List<String> texts = new ArrayList<>();
        texts.add(evaluation.explain());
        evaluation.decisions().forEach(d -> texts.add(d.explanation()));
        evaluation.accrued().forEach(d -> texts.add(d.explanation()));
        return texts;
    }

    /** The same texts, decisions first, in reverse, so parts and decisions are written before what holds them. */
    private static List<String> textsInsideOut(Evaluation evaluation) {
        List<Decision> decisions = new ArrayList<>(evaluation.decisions());
        decisions.addAll(evaluation.accrued());
        List<String> texts = new ArrayList<>();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            texts.add(0, decisions.get(i).explanation());
        }
        texts.add(0, evaluation.explain());
        return texts;
    }

    @Test
    void textsWrittenLaterAndFromSeveralThreadsAreTheTextsWrittenAtOnce() throws Exception {
        List<EvaluationRequest> requests = requests();
        List<List<String>> atOnce = requests.stream().map(r -> texts(evaluate(r))).toList();
        List<Evaluation> kept = requests.stream().map(ExplanationsWrittenLaterTest::evaluate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<List<List<String>>> read = new ArrayList<>();
        try {
            List<Future<List<List<String>>>> readers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                readers.add(pool.submit(() -> {
                    // each thread its own order over all kept evaluations: they race to write the same texts
                    List<Integer> order = new ArrayList<>(IntStream.range(0, kept.size()).boxed().toList());
                    Collections.shuffle(order, new Random(thread));
                    List<List<String>> texts = new ArrayList<>(Collections.nCopies(kept.size(), null));
                    for (int i : order) {
                        texts.set(i, thread % 2 == 0 ? texts(kept.get(i)) : textsInsideOut(kept.get(i)));
                    }
                    return texts;
                }));
            }
            for (Future<List<List<String>>> reader : readers) {
                read.add(reader.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        for (List<List<String>> texts : read) {
            for (int i = 0; i < requests.size(); i++) {
                assertThat(texts.get(i)).as("agreement %s", requests.get(i).agreementId()).isEqualTo(atOnce.get(i));
            }
        }
        int decisions = atOnce.stream().mapToInt(List::size).sum() - atOnce.size();
        assertThat(decisions).as("decisions explained").isGreaterThan(AGREEMENTS);
        assertThat(atOnce.get(AGREEMENTS).size()).as("decisions of the 1,000-event agreement").isGreaterThan(10);
        System.out.println("ExplanationsWrittenLaterTest: " + requests.size() + " evaluations, " + decisions
                + " decisions, texts read later by " + THREADS + " threads equal");
    }
}
