package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.BatchOptions;
import io.slarules.SlaEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.slarules.cli.CommandLine.evaluateSample;
import static io.slarules.cli.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sla evaluate --requests FILE}: many evaluations in one JVM, one JSON line per outcome. */
class BatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void copySamples() throws IOException {
        for (String name : List.of("northwind", "availability", "blocked")) {
            for (String part : List.of("-agreement.yaml", "-timeline.yaml")) {
                Files.copy(CommandLine.SAMPLES.resolve(name + part), dir.resolve(name + part));
            }
        }
        Files.createDirectories(dir.resolve("structures"));
        for (String file : List.of("service-based-agreement.yaml", "service-based-s1-timeline.yaml",
                "service-based-s2-timeline.yaml", "service-based-s3-timeline.yaml")) {
            Files.copy(CommandLine.SAMPLES.resolve("structures").resolve(file), dir.resolve("structures").resolve(file));
        }
    }

    private static Path requests(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static List<JsonNode> lines(String out) throws IOException {
        return CommandLine.jsonLines(out);
    }

    @Test
    void eachOutcomeIsOneLineInTheOrderOfTheRequestsEqualToASingleEvaluation() throws Exception {
        Path file = requests("requests.jsonl",
                "{\"agreement\": \"northwind-agreement.yaml\", \"timeline\": \"northwind-timeline.yaml\"}",
                "{\"agreement\": \"availability-agreement.yaml\", \"timeline\": \"availability-timeline.yaml\","
                        + " \"period\": \"2026-04\"}",
                "",
                "{\"agreement\": \"blocked-agreement.yaml\", \"timeline\": \"blocked-timeline.yaml\","
                        + " \"period\": {\"from\": \"2026-03-01\", \"to\": \"2027-03-01\"}}");

        CommandLine run = run("evaluate", "--requests", file.toString(), "--parallelism", "2");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(3);
        List<JsonNode> outcomes = lines(run.out());
        assertThat(outcomes).extracting(o -> o.get("line").asInt()).containsExactly(1, 2, 4);
        assertThat(outcomes).extracting(o -> o.get("status").asText()).containsOnly("EVALUATED");
        assertThat(outcomes.get(0).get("evaluation"))
                .isEqualTo(JSON.readTree(evaluateSample("northwind", "--format", "json").out()));
        assertThat(outcomes.get(1).get("evaluation"))
                .isEqualTo(JSON.readTree(evaluateSample("availability", "--period", "2026-04", "--format", "json").out()));
        // example D: 1 day of Northwind's own x 1,000.00
        assertThat(outcomes.get(2).at("/evaluation/penalties/0/amount").asText()).isEqualTo("1000.00");
    }

    @Test
    void refusedRequestsAreOutcomesInTheirPlaceAndTheRunGoesOn() throws Exception {
        Path file = requests("mixed.jsonl",
                "not json",
                "{\"agreement\": \"northwind-agreement.yaml\", \"timeline\": \"northwind-timeline.yaml\","
                        + " \"period\": \"2030-01\"}",
                "{\"agreement\": \"no-such-agreement.yaml\", \"timeline\": \"northwind-timeline.yaml\"}",
                "{\"agreement\": \"northwind-agreement.yaml\", \"timelines\": [\"northwind-timeline.yaml\"], \"colour\": 1}",
                "{\"agreement\": \"northwind-agreement.yaml\", \"timeline\": \"northwind-timeline.yaml\"}");

        CommandLine run = run("evaluate", "--requests", file.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        List<JsonNode> outcomes = lines(run.out());
        assertThat(outcomes).extracting(o -> o.get("line").asInt() + " " + o.get("status").asText())
                .containsExactly("1 INVALID", "2 INVALID", "3 INVALID", "4 INVALID", "5 EVALUATED");
        assertThat(outcomes.get(0).at("/problems/0/source").asText()).isEqualTo(file + ":1");
        assertThat(outcomes.get(1).get("agreement").asText()).isEqualTo("NW-CB-2026");
        assertThat(outcomes.get(1).at("/problems/0/path").asText()).isEqualTo("period");
        assertThat(outcomes.get(1).at("/problems/0/message").asText()).contains("2030-01");
        assertThat(outcomes.get(2).at("/problems/0/source").asText())
                .isEqualTo(dir.resolve("no-such-agreement.yaml").toString());
        assertThat(outcomes.get(3).at("/problems/0/path").asText()).isEqualTo("colour");
        assertThat(outcomes.get(4).at("/evaluation/penalties/0/amount").asText()).isEqualTo("4000.00");
    }

    @Test
    void aRequestsBrokenAgreementAndTimelineAreOneRoundOfProblems() throws Exception {
        Files.writeString(dir.resolve("broken-agreement.yaml"), Files.readString(
                dir.resolve("northwind-agreement.yaml")).replace("owner: client-b", "owner: nobody"));
        Files.writeString(dir.resolve("broken-timeline.yaml"), Files.readString(
                dir.resolve("northwind-timeline.yaml")).replace("obligation: DELIVERY-1", "obligation: NOTHING"));
        Path file = requests("broken.jsonl",
                "{\"agreement\": \"broken-agreement.yaml\", \"timeline\": \"broken-timeline.yaml\"}");

        JsonNode outcome = lines(run("evaluate", "--requests", file.toString()).out()).get(0);

        assertThat(outcome.get("status").asText()).isEqualTo("INVALID");
        List<String> problems = new ArrayList<>();
        outcome.get("problems").forEach(p -> problems.add(p.get("source").asText() + ": " + p.get("path").asText()));
        assertThat(problems).containsExactly(dir.resolve("broken-agreement.yaml") + ": obligations[0].owner",
                dir.resolve("broken-timeline.yaml") + ": fulfilments[F-2].obligation");
    }

    @Test
    void aServiceBasedAgreementGivesAnOutcomePerSubscriber() throws Exception {
        Path file = requests("subscribers.jsonl", "{\"agreement\": \"structures/service-based-agreement.yaml\","
                + " \"timelines\": [\"structures/service-based-s1-timeline.yaml\","
                + " \"structures/service-based-s2-timeline.yaml\", \"structures/service-based-s3-timeline.yaml\"],"
                + " \"period\": \"2026-05\"}");

        List<JsonNode> outcomes = lines(run("evaluate", "--requests", file.toString()).out());

        // example N: S-1 10 % of 500.00 = 50.00, S-2 nothing, S-3 25 % of 80.00 = 20.00
        assertThat(outcomes).extracting(o -> o.get("agreement").asText())
                .containsExactly("STD-HOSTING/S-1", "STD-HOSTING/S-2", "STD-HOSTING/S-3");
        assertThat(outcomes.get(0).at("/evaluation/credits/0/amount").asText()).isEqualTo("50.00");
        assertThat(outcomes.get(1).at("/evaluation/credits")).isEmpty();
        assertThat(outcomes.get(2).at("/evaluation/credits/0/amount").asText()).isEqualTo("20.00");
    }

    @Test
    void requestsCannotBeMixedWithTheFilesOfOneEvaluation() {
        CommandLine run = run("evaluate", "--requests", "x.jsonl", "--agreement", "a.yaml", "--format", "json");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("sla evaluate: --requests names the files on each line: it cannot be combined"
                + " with --agreement, --format");
    }

    @Test
    void aMissingRequestFileIsInvalidInput() {
        CommandLine run = run("evaluate", "--requests", "no-such-requests.jsonl");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).isEqualTo("no-such-requests.jsonl: --requests: no such file\n");
    }

    @Test
    void aLongRunShowsProgressOnStandardErrorOnlyAndTheSameOutput() throws Exception {
        String line = "{\"agreement\": \"northwind-agreement.yaml\", \"timeline\": \"northwind-timeline.yaml\"}\n";
        String input = line.repeat(4);
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream quietErr = new ByteArrayOutputStream();
        // each reading of the clock is a second later: a run of "several seconds"
        Progress shown = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> clock.getAndAdd(1_000_000_000L));

        String quiet = batch(input, new Progress(new PrintStream(quietErr), () -> 0L));
        String timed = batch(input, shown);

        assertThat(timed).isEqualTo(quiet);
        assertThat(quietErr.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("sla: \\d requests, \\d evaluated, 0 not, in \\d+\\.0 s\n")
                .contains("sla: done: 4 requests, 4 evaluated, 0 not, in ");
    }

    private static String batch(String input, Progress progress) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Batch.Summary summary = new Batch(SlaEngine.builder().build(), BatchOptions.defaults(), progress)
                    .run(new BufferedReader(new StringReader(input)), "requests", new RequestLine(dir), out);
            assertThat(summary).isEqualTo(new Batch.Summary(4, 0, 0));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
