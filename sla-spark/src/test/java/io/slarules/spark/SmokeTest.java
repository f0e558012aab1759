package io.slarules.spark;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void runs() {
        long t0 = System.nanoTime();
        LocalSpark.session();
        long t1 = System.nanoTime();
        SparkEvaluator.builder().build().check();
        long t2 = System.nanoTime();
        SparkResults results = SparkEvaluator.builder().build().evaluate(StandardMonth.requests(LocalSpark.session(), 2000, 2));
        List<Row> decisions = results.decisions().collectAsList();
        long t3 = System.nanoTime();
        System.out.println(decisions.size() + " " + decisions.get(0));
        System.out.println(results.failures().collectAsList());
        long t4 = System.nanoTime();
        System.out.printf("spark %d ms, engine %d ms, 2000 decisions %d ms, failures %d ms%n", (t1-t0)/1000000, (t2-t1)/1000000, (t3-t2)/1000000, (t4-t3)/1000000);
        assertThat(results.outcomes().count()).isEqualTo(2000);
    }
}
