package io.slarules.spark;

import io.slarules.EvaluationOutcome;
import io.slarules.SlaEngine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard month on {@code local[2]}: Spark gives what {@link SlaEngine#evaluateAll} gives, whatever
 * the partitioning and the order of the rows, with one engine per JVM.
 */
class SparkEvaluatorTest {

    private static final int MONTH = 10_000;
    private static final int SMALL = 2_000;

    private static SparkSession spark;
    private static List<EvaluationOutcome> baseline;
    private static List<Row> eightPartitions;

    @BeforeAll
    static void evaluate() {
        spark = LocalSpark.session();
        baseline = Baseline.outcomes(SlaEngine.builder().build(), MONTH);
        eightPartitions = SparkEvaluator.builder().build().evaluate(StandardMonth.requests(spark, MONTH, 8))
                .decisions().collectAsList();
    }

    @Test
    void tenThousandGeneratedAgreementsGiveTheDecisionsEvaluateAllGives() {
        assertThat(baseline).allMatch(EvaluationOutcome::isEvaluated);
        List<String> expected = Baseline.decisionLines(baseline);
        // a month of real work: thousands of decisions, penalties of the provider and the customer's standby fees
        assertThat(expected).hasSizeGreaterThan(5_000);
        assertThat(expected).anyMatch(line -> line.contains("|14.1|")).anyMatch(line -> line.contains("|12.2|"));
        assertThat(Baseline.rowDecisionLines(eightPartitions, true)).containsExactlyElementsOf(expected.stream().sorted().toList());
    }

    @Test
    void attributionsAndOutcomesAreThoseOfEvaluateAll() {
        SparkResults results = SparkEvaluator.builder().build().evaluate(StandardMonth.requests(spark, SMALL, 4)).persist();
        try {
            List<EvaluationOutcome> first = baseline.subList(0, SMALL);
            assertThat(Baseline.rowAttributionLines(results.attributions().collectAsList()))
                    .containsExactlyElementsOf(Baseline.attributionLines(first).stream().sorted().toList());
            assertThat(results.failures().count()).isZero();
            List<Row> outcomes = results.outcomes().orderBy("request").collectAsList();
            assertThat(outcomes).hasSize(SMALL);
            for (int i = 0; i < SMALL; i++) {
                Row outcome = outcomes.get(i);
                assertThat((String) outcome.getAs("request")).isEqualTo(Baseline.requestId(i));
                assertThat((int) outcome.getAs("decisions")).isEqualTo(first.get(i).evaluationOrThrow().decisions().size());
                assertThat((int) outcome.getAs("attributions"))
                        .isEqualTo(first.get(i).evaluationOrThrow().attributions().size());
                assertThat(outcome.getAs("periodStart").toString()).isEqualTo("2026-03-01");
                assertThat(outcome.getAs("periodEnd").toString()).isEqualTo("2026-04-01");
            }
        } finally {
            results.unpersist();
        }
    }

    @Test
    void onePartitionInReverseOrderGivesWhatEightPartitionsGive() {
        Dataset<Row> reversed = StandardMonth.requests(spark, SMALL, 8).orderBy(functions.desc("request")).coalesce(1);
        List<Row> one = SparkEvaluator.builder().build().evaluate(reversed).decisions().collectAsList();
        List<String> eight = Baseline.rowDecisionLines(eightPartitions, true).stream()
                .filter(line -> line.compareTo(Baseline.requestId(SMALL)) < 0).toList();
        assertThat(eight).hasSizeGreaterThan(1_000);
        assertThat(Baseline.rowDecisionLines(one, true)).containsExactlyElementsOf(eight);
        // in one partition the rows come out in the order they went in, each request's decisions in their order
        List<String> unsorted = Baseline.rowDecisionLines(one, false);
        assertThat(unsorted.get(0)).startsWith(Baseline.requestId(SMALL - 1) + "|0|").doesNotStartWith("R-0000000|");
    }

    @Test
    void anExecutorJvmBuildsItsEngineOnceForEveryTaskAndJob() {
        // settings no other test uses, so this JVM has no engine for them yet
        SparkEvaluator evaluator = SparkEvaluator.builder().maxRuleFirings(99_999).build();
        int before = SparkEvaluator.enginesBuilt();
        assertThat(evaluator.evaluate(StandardMonth.requests(spark, 400, 8)).outcomes().count()).isEqualTo(400);
        assertThat(evaluator.evaluate(StandardMonth.requests(spark, 300, 5)).outcomes().count()).isEqualTo(300);
        // 13 tasks, two jobs, two threads: one engine
        assertThat(SparkEvaluator.enginesBuilt()).isEqualTo(before + 1);
        // the same settings built anew are equal settings: still the same engine
        SparkEvaluator.builder().maxRuleFirings(99_999).build().evaluate(StandardMonth.requests(spark, 10, 2))
                .outcomes().count();
        assertThat(SparkEvaluator.enginesBuilt()).isEqualTo(before + 1);
    }
}
