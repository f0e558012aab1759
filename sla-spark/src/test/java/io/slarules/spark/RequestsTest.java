package io.slarules.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests from JSON lines and Parquet, a service-based agreement's subscribers, and the job. */
class RequestsTest {

    private static SparkSession spark;

    @BeforeAll
    static void session() {
        spark = LocalSpark.session();
    }

    /** Example N: one row per subscriber of STD-HOSTING, each with its own timeline, for May 2026. */
    private static List<Row> subscribers() {
        String offering = Samples.text("structures/service-based-agreement.yaml");
        List<Row> rows = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            rows.add(Samples.request("sub-" + s, offering, Samples.text("structures/service-based-s" + s + "-timeline.yaml"),
                    "2026-05", null, "S-" + s));
        }
        return rows;
    }

    private static List<String> decisions(Dataset<Row> requests) {
        return SparkEvaluator.builder().build().evaluate(requests).decisions().orderBy("request", "position")
                .collectAsList().stream().map(d -> d.getAs("request") + " " + d.getAs("agreement") + " " + d.getAs("kind")
                        + " " + d.getAs("debtor") + "->" + d.getAs("creditor") + " " + d.getAs("amount") + " "
                        + d.getAs("currency")).toList();
    }

    @Test
    void damagesAccruedOnAnObligationStillOpenAreAProvisionalRowNeverCountedAsBooked() {
        // Example S2's order with no delivery in May: OB-1 due 2026-05-04 (the end of that day, UTC) is still
        // open at the end of May, 27 days late: 27 started days x 1 % of 50,000.00 EUR = 13,500.00 EUR accrued
        Row open = Samples.request("open", Samples.text("time-terms/accrued-agreement.yaml"), "agreement: ORDER-S2\n",
                "2026-05", null, null);
        SparkResults results = SparkEvaluator.builder().build().evaluate(spark.createDataFrame(List.of(open),
                SparkSchemas.REQUESTS)).persist();
        try {
            assertThat(results.decisions().collectAsList()).singleElement().satisfies(d -> {
                assertThat((String) d.getAs("id")).startsWith("PA-");
                assertThat((boolean) d.getAs("provisional")).isTrue();
                assertThat(d.<BigDecimal>getAs("amount")).isEqualByComparingTo("13500.00");
                assertThat((String) d.getAs("explanation")).contains("Provisional");
            });
            assertThat((int) results.outcomes().first().getAs("decisions")).isZero();
        } finally {
            results.unpersist();
        }
    }

    @Test
    void aServiceBasedAgreementIsEvaluatedWithOneRowPerSubscriber() {
        // 60, 0 and 500 minutes down in May: 10 % of 500.00, nothing, 25 % of 80.00
        assertThat(decisions(spark.createDataFrame(subscribers(), SparkSchemas.REQUESTS))).containsExactly(
                "sub-1 STD-HOSTING/S-1 SERVICE_CREDIT hostco->c1 50.0000 EUR",
                "sub-3 STD-HOSTING/S-3 SERVICE_CREDIT hostco->c3 20.0000 EUR");
    }

    @Test
    void jsonLinesAndParquetGiveTheSameDecisions(@TempDir Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<Row> rows = new ArrayList<>(subscribers());
        rows.add(Samples.northwind("northwind"));
        for (Row row : rows) {
            ObjectNode line = json.createObjectNode();
            for (int i = 0; i < SparkSchemas.REQUESTS.fields().length; i++) {
                if (!row.isNullAt(i)) {
                    line.put(SparkSchemas.REQUESTS.fields()[i].name(), row.getString(i));
                }
            }
            lines.add(json.writeValueAsString(line));
        }
        lines.add("{\"request\": \"no-timeline\", \"agreement\": \"id: X\"}");
        lines.add("not JSON at all");
        Path jsonLines = folder.resolve("requests.jsonl");
        Files.write(jsonLines, lines, StandardCharsets.UTF_8);
        Dataset<Row> fromJson = Requests.readJsonLines(spark, jsonLines.toString());
        fromJson.write().parquet(folder.resolve("requests.parquet").toString());
        Dataset<Row> fromParquet = Requests.readParquet(spark, folder.resolve("requests.parquet").toString());

        List<String> expected = List.of(
                "northwind NW-CB-2026 LIQUIDATED_DAMAGES northwind->client-b 4000.0000 EUR",
                "sub-1 STD-HOSTING/S-1 SERVICE_CREDIT hostco->c1 50.0000 EUR",
                "sub-3 STD-HOSTING/S-3 SERVICE_CREDIT hostco->c3 20.0000 EUR");
        assertThat(decisions(fromJson)).containsExactlyElementsOf(expected);
        assertThat(decisions(fromParquet)).containsExactlyElementsOf(expected);
        // a line without a timeline, and a line that is no JSON (read with every column null): failures, not lost
        List<Row> failures = SparkEvaluator.builder().build().evaluate(fromParquet).failures().orderBy("request")
                .collectAsList();
        assertThat(failures).extracting(f -> (String) f.getAs("request")).containsExactly(null, "no-timeline");
        assertThat(failures.get(0).<scala.collection.Seq<Row>>getAs("problems").mkString(" / ")).isEqualTo(
                "[request,request,missing: every request needs an id, unique in the input]"
                        + " / [request,agreement,missing: the text of an agreement file (YAML or JSON)]"
                        + " / [request,timeline,missing: the text of a timeline file (YAML or JSON)]");
        // one round: the missing timeline and every problem of the agreement text "id: X"
        assertThat(failures.get(1).<scala.collection.Seq<Row>>getAs("problems").mkString(" / ")).isEqualTo(
                "[request,timeline,missing: the text of a timeline file (YAML or JSON)] / [agreement,zone,is required]"
                        + " / [agreement,currency,is required] / [agreement,effective,is required]"
                        + " / [agreement,parties,is required]");
    }

    @Test
    void theJobEvaluatesTheSamplesWritesParquetAndPrintsASummary(@TempDir Path out) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SlaSparkJob.run(spark, new SlaSparkJob.Options(null, null, Samples.FOLDER.toString(), 0, 2, out.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String summary = printed.toString(StandardCharsets.UTF_8);
        // the twelve samples of examples/README.md (A-E, G-M, V1), each in its period; V1 adds 150.00 EUR
        assertThat(summary.lines().limit(6)).containsExactly(
                "requests: 12 (evaluated 12, failed 0)",
                "agreements evaluated: 12",
                "decisions: 10",
                "  total EUR 32,300.00 (7 decisions)",
                "  total USD 250.00 (3 decisions)",
                "failures: 0");

        // reading the decisions back, as the module README shows
        Dataset<Row> decisions = spark.read().parquet(out.resolve("decisions").toString());
        List<Row> northwind = decisions.where(col("agreement").equalTo("NW-CB-2026")).collectAsList();
        assertThat(northwind).singleElement().satisfies(d -> {
            assertThat((String) d.getAs("clause")).isEqualTo("12.1");
            assertThat(d.<BigDecimal>getAs("amount").setScale(2)).isEqualTo(new BigDecimal("4000.00"));
            assertThat((String) d.getAs("explanation")).contains("4 x 1,000.00 EUR");
        });
        assertThat(spark.read().parquet(out.resolve("outcomes").toString()).where(col("history").isNotNull()).count())
                .isPositive();
    }
}
