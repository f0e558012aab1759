package io.slarules.spark;

import io.slarules.BatchOptions;
import io.slarules.EvaluationOutcome;
import io.slarules.SlaEngine;
import org.apache.spark.sql.SparkSession;

import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures agreements per second on the standard month: Spark on {@code local[N]} against
 * {@link SlaEngine#evaluateAll} on the same machine, in the same JVM, alternately, so that both see the
 * same load. Both read the same JSON texts (generated as they are pulled) and evaluate them with the
 * default rules; Spark also writes the decision rows (to Spark's {@code noop} sink). Not a test: run it
 * with {@code mvn -B -pl sla-spark -am verify -DskipTests -Pmeasure -Dmeasure.args="1000000 2 2"}
 * (agreements, rounds, cores).
 */
public final class MeasureThroughput {

    private MeasureThroughput() {
    }

    /**
     * Runs the measurement.
     *
     * @param args agreements (default 100,000), rounds (default 2), cores (default 2)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int cores = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("sla-spark-measure")
                .config("spark.ui.enabled", "false").getOrCreate();
        SlaEngine engine = SlaEngine.builder().build();
        SparkEvaluator evaluator = SparkEvaluator.builder().build().check();
        int partitions = cores * 8;
        System.out.printf(Locale.ROOT, "standard month, %,d agreements, local[%d] with %d partitions, %d processors%n",
                count, cores, partitions, Runtime.getRuntime().availableProcessors());
        // warm-up: the JIT, Spark's code generation, the engine's sessions
        evaluateAll(engine, Math.min(count, 20_000), cores);
        spark(spark, evaluator, Math.min(count, 20_000), partitions);
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            long decisions = evaluateAll(engine, count, cores);
            double plain = count / seconds(t0);
            long t1 = System.nanoTime();
            spark(spark, evaluator, count, partitions);
            double onSpark = count / seconds(t1);
            System.out.printf(Locale.ROOT, "round %d: evaluateAll %,.0f agreements/s (%,d decisions), Spark %,.0f"
                    + " agreements/s, ratio %.2f%n", round, plain, decisions, onSpark, onSpark / plain);
        }
        spark.stop();
    }

    private static long evaluateAll(SlaEngine engine, int count, int threads) {
        try (Stream<EvaluationOutcome> outcomes = engine.evaluateAll(IntStream.range(0, count)
                .mapToObj(Baseline::request), BatchOptions.defaults().withParallelism(threads))) {
            return outcomes.mapToLong(o -> o.evaluationOrThrow().decisions().size()).sum();
        }
    }

    private static void spark(SparkSession spark, SparkEvaluator evaluator, int count, int partitions) {
        evaluator.evaluate(StandardMonth.requests(spark, count, partitions)).decisions()
                .write().format("noop").mode("overwrite").save();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
