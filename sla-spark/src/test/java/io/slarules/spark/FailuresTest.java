package io.slarules.spark;

import io.slarules.DefaultRules;
import io.slarules.InvalidInputException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invalid rows and faulty rules give failure rows; every row comes out once. */
class FailuresTest {

    private static SparkSession spark;
    private static Dataset<Row> requests;

    @BeforeAll
    static void requests() {
        spark = LocalSpark.session();
        String agreement = Samples.text("northwind-agreement.yaml");
        String timeline = Samples.text("northwind-timeline.yaml");
        List<Row> rows = new ArrayList<>();
        rows.add(Samples.northwind("ok"));
        rows.add(Samples.request("broken-both", agreement.replace("currency: EUR", "currency: EURO")
                        .replace("due: 2026-03-30", "due: 2026-02-30"),
                timeline.replace("obligation: DELIVERY-1", "obligation: NOPE"), "2026-04", null, null));
        rows.add(Samples.request(null, agreement, null, "2026-04", null, null));
        rows.add(Samples.request("bad-period", agreement, timeline, "2026-13", null, null));
        rows.add(Samples.request("bad-json", "{\"id\": \"NW\", ", timeline, "2026-04", null, null));
        rows.add(Samples.request("not-service", agreement, timeline, "2026-04", null, "S-1"));
        rows.add(Samples.request("boom", agreement.replace("SPEC-1", "BOOM"), timeline.replace("SPEC-1", "BOOM"),
                "2026-03-01..2026-05-01", null, null));
        requests = spark.createDataFrame(rows, SparkSchemas.REQUESTS).repartition(3);
    }

    private static Map<String, Row> byRequest(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(r -> String.valueOf((Object) r.getAs("request")),
                Function.identity()));
    }

    private static List<String> problems(Row failure) {
        return failure.<scala.collection.Seq<Row>>getAs("problems").toList().map(p -> p.getString(0) + " | "
                + p.getString(1) + " | " + p.getString(2)).mkString("\n").lines().toList();
    }

    @Test
    void everyRowComesOutOnceAsAnOutcomeOrAFailure() {
        SparkResults results = SparkEvaluator.builder().build().evaluate(requests).persist();
        List<Row> outcomes = results.outcomes().collectAsList();
        List<Row> failures = results.failures().collectAsList();
        results.unpersist();
        assertThat(outcomes).extracting(r -> (String) r.getAs("request")).containsExactlyInAnyOrder("ok", "boom");
        assertThat(failures).extracting(r -> (String) r.getAs("request"))
                .containsExactlyInAnyOrder("broken-both", null, "bad-period", "bad-json", "not-service");
        Map<String, Row> failed = byRequest(failures);
        failures.forEach(f -> assertThat((String) f.getAs("kind")).isEqualTo("INVALID_INPUT"));
        // every problem of the row at once: the agreement's and the timeline's, each named after its column
        assertThat(problems(failed.get("broken-both"))).containsExactly(
                "agreement | currency | not a currency code: \"EURO\" (expected three capital letters, ISO 4217, e.g. EUR)",
                "agreement | obligations[1].due | not a date: \"2026-02-30\" (no such day in the calendar)",
                "timeline | fulfilments[F-2].obligation | fulfilment of unknown obligation NOPE");
        assertThat((String) failed.get("broken-both").getAs("agreement")).isEqualTo("NW-CB-2026");
        assertThat(problems(failed.get("null"))).containsExactly(
                "request | request | missing: every request needs an id, unique in the input",
                "request | timeline | missing: the text of a timeline file (YAML or JSON)");
        assertThat(problems(failed.get("bad-period"))).containsExactly(
                "period |  | not a period: \"2026-13\" (no such month or day)");
        assertThat((String) failed.get("bad-period").getAs("period")).isEqualTo("2026-13");
        assertThat(problems(failed.get("bad-json"))).containsExactly(
                "agreement |  | is not valid JSON at line 1, column 14: Unexpected end-of-input within/between Object entries");
        assertThat(problems(failed.get("not-service"))).containsExactly("request | subscription | names subscription S-1,"
                + " but agreement NW-CB-2026 is CUSTOMER_BASED, not SERVICE_BASED");
    }

    @Test
    void aFaultyRuleFailsOnlyItsOwnRowNamingTheRuleAndItsPack() {
        SparkResults results = SparkEvaluator.builder().discoverRulePacks().build().check().evaluate(requests).persist();
        Map<String, Row> failed = byRequest(results.failures().collectAsList());
        Map<String, Row> evaluated = byRequest(results.outcomes().collectAsList());
        List<Row> decisions = results.decisions().collectAsList();
        results.unpersist();
        Row boom = failed.get("boom");
        assertThat((String) boom.getAs("kind")).isEqualTo("EVALUATION_FAILED");
        assertThat((String) boom.getAs("rule")).isEqualTo("spark-faulty: consequence throws on BOOM");
        assertThat((String) boom.getAs("rulePack")).isEqualTo("spark-faulty");
        assertThat((String) boom.getAs("agreement")).isEqualTo("NW-CB-2026");
        assertThat((String) boom.getAs("period")).isEqualTo("2026-03-01..2026-05-01");
        assertThat(problems(boom)).isEmpty();
        assertThat(failed).hasSize(6);
        assertThat(evaluated).containsOnlyKeys("ok");
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat((String) d.getAs("request")).isEqualTo("ok");
            assertThat(d.<java.math.BigDecimal>getAs("amount")).isEqualTo(new java.math.BigDecimal("4000.0000"));
        });
    }

    @Test
    void anEvaluationPastTheFiringLimitIsAFailureNamingTheRule() {
        // Northwind's example takes 8 firings: 2 in "facts" (its two obligations' work started), 3 in "propagate",
        // 3 more; a budget of 3 ends in "propagate", and the rule that fired most by then, the facts rule, is named
        List<Row> failures = SparkEvaluator.builder().maxRuleFirings(3).build()
                .evaluate(spark.createDataFrame(List.of(Samples.northwind("ok")), SparkSchemas.REQUESTS))
                .failures().collectAsList();
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat((String) f.getAs("message")).isEqualTo("evaluation of agreement NW-CB-2026 failed in rule"
                    + " \"" + DefaultRules.WORK_START + "\" of rule pack default: stopped after 3 rule"
                    + " firings (a rule keeps re-activating itself?)");
            assertThat((String) f.getAs("kind")).isEqualTo("EVALUATION_FAILED");
            assertThat((String) f.getAs("rule")).isEqualTo(DefaultRules.WORK_START);
            assertThat((String) f.getAs("rulePack")).isEqualTo("default");
        });
    }

    @Test
    void requestsWithoutTheRequiredColumnsAreRefusedBeforeAnyTask() {
        Dataset<Row> noTimeline = requests.drop("timeline").withColumn("period",
                org.apache.spark.sql.functions.lit(202604));
        assertThatThrownBy(() -> SparkEvaluator.builder().build().evaluate(noTimeline))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SLA Rules: requests do not have the schema of SparkSchemas.REQUESTS: missing column timeline;"
                        + " column period is int, not string");
    }

    @Test
    void aRulePackPathThatIsNoPackIsRefusedOnTheDriver() {
        assertThatThrownBy(() -> SparkEvaluator.builder().rulePack("target/no-such-pack.jar").build().check())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("target/no-such-pack.jar: rule pack: no such jar or folder"));
    }
}
