package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.slarules.cli.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sla evaluate --agreements DIR}: every agreement of a folder against the timeline that names
 * it, in one JVM, one JSON line per outcome, paired as {@code sla report} pairs them.
 */
class FolderEvaluateTest {

    @TempDir
    Path dir;

    private void copy(Path to, String... names) throws IOException {
        Files.createDirectories(to);
        for (String name : names) {
            Files.copy(CommandLine.SAMPLES.resolve(name), to.resolve(name));
        }
    }

    private static List<JsonNode> lines(String out) throws IOException {
        return CommandLine.jsonLines(out);
    }

    @Test
    void everyAgreementOfTheFolderIsEvaluatedInIdOrder() throws Exception {
        copy(dir, "northwind-agreement.yaml", "northwind-timeline.yaml", "blocked-agreement.yaml",
                "blocked-timeline.yaml");

        CommandLine run = run("evaluate", "--agreements", dir.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        List<JsonNode> outcomes = lines(run.out());
        // NW-CB-2026 sorts before NW-CB-2026-D; each over its whole effective period
        assertThat(outcomes).extracting(o -> o.get("line").asInt() + " " + o.get("agreement").asText() + " "
                + o.get("status").asText()).containsExactly("1 NW-CB-2026 EVALUATED", "2 NW-CB-2026-D EVALUATED");
        assertThat(outcomes.get(0).get("source").asText()).isEqualTo(dir.resolve("northwind-agreement.yaml").toString());
        // example A: 4 days of Northwind's own delay x 1,000.00 EUR = 4,000.00 EUR
        assertThat(outcomes.get(0).at("/evaluation/penalties/0/amount").asText()).isEqualTo("4000.00");
        // example D: 1,000.00 EUR after the 4 days Client B blocked the work are taken out
        assertThat(outcomes.get(1).at("/evaluation/penalties/0/amount").asText()).isEqualTo("1000.00");
    }

    @Test
    void thePeriodAppliesToEveryAgreement() throws Exception {
        copy(dir, "northwind-agreement.yaml", "northwind-timeline.yaml");

        // the delivery settles in April: March holds no decision
        List<JsonNode> march = lines(run("evaluate", "--agreements", dir.toString(), "--period", "2026-03").out());
        List<JsonNode> april = lines(run("evaluate", "--agreements", dir.toString(), "--period", "2026-04").out());

        assertThat(march.get(0).at("/evaluation/penalties")).isEmpty();
        assertThat(april.get(0).at("/evaluation/penalties/0/amount").asText()).isEqualTo("4000.00");
    }

    @Test
    void timelinesMayLieInAnotherFolder() throws Exception {
        copy(dir.resolve("agreements"), "northwind-agreement.yaml");
        copy(dir.resolve("timelines"), "northwind-timeline.yaml");

        CommandLine run = run("evaluate", "--agreements", dir.resolve("agreements").toString(),
                "--timelines", dir.resolve("timelines").toString());

        assertThat(run.status()).as(run.err()).isEqualTo(Main.EVALUATED);
        assertThat(lines(run.out()).get(0).at("/evaluation/penalties/0/amount").asText()).isEqualTo("4000.00");
    }

    @Test
    void filesThatCannotBePairedAreOneInvalidLineFirstAndTheOthersAreStillEvaluated() throws Exception {
        copy(dir, "northwind-agreement.yaml", "northwind-timeline.yaml", "blocked-agreement.yaml");
        Files.writeString(dir.resolve("stray-timeline.yaml"), "agreement: NOBODY\nfulfilments: []\n");

        CommandLine run = run("evaluate", "--agreements", dir.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        List<JsonNode> outcomes = lines(run.out());
        assertThat(outcomes).extracting(o -> o.get("line").asInt() + " " + o.get("status").asText())
                .containsExactly("1 INVALID", "2 EVALUATED");
        List<String> problems = new ArrayList<>();
        outcomes.get(0).get("problems").forEach(p -> problems.add(p.get("source").asText() + ": "
                + p.get("path").asText() + ": " + p.get("message").asText()));
        assertThat(problems).containsExactlyInAnyOrder(
                dir.resolve("blocked-agreement.yaml") + ": id: agreement NW-CB-2026-D has no timeline in " + dir,
                dir.resolve("stray-timeline.yaml") + ": agreement: no agreement NOBODY in " + dir);
        assertThat(outcomes.get(1).at("/evaluation/penalties/0/amount").asText()).isEqualTo("4000.00");
    }

    @Test
    void aTimelineThatCannotBeReadIsTheInvalidOutcomeOfItsAgreement() throws Exception {
        copy(dir, "northwind-agreement.yaml");
        Files.writeString(dir.resolve("northwind-timeline.yaml"),
                "agreement: NW-CB-2026\nfulfilments:\n  - {id: F-1, obligation: NOTHING, at: 2026-03-23}\n");

        CommandLine run = run("evaluate", "--agreements", dir.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        JsonNode outcome = lines(run.out()).get(0);
        assertThat(outcome.get("agreement").asText()).isEqualTo("NW-CB-2026");
        assertThat(outcome.get("status").asText()).isEqualTo("INVALID");
        assertThat(outcome.at("/problems/0/source").asText()).isEqualTo(dir.resolve("northwind-timeline.yaml").toString());
        assertThat(outcome.at("/problems/0/path").asText()).startsWith("fulfilments[F-1]");
    }

    @Test
    void aBrokenAgreementAndItsTimelineAreReportedInOneRound() throws Exception {
        Files.writeString(dir.resolve("northwind-agreement.yaml"), Files.readString(
                CommandLine.SAMPLES.resolve("northwind-agreement.yaml")).replace("owner: client-b", "owner: nobody"));
        Files.writeString(dir.resolve("northwind-timeline.yaml"), Files.readString(
                CommandLine.SAMPLES.resolve("northwind-timeline.yaml")).replace("obligation: DELIVERY-1", "obligation: NOTHING"));

        CommandLine run = run("evaluate", "--agreements", dir.toString());

        // the agreement's unknown owner and the timeline's unknown obligation together; the timeline
        // is not also "of no agreement in the folder"
        assertThat(run.status()).isEqualTo(Main.INVALID);
        List<String> problems = new ArrayList<>();
        lines(run.out()).get(0).get("problems").forEach(p -> problems.add(p.get("source").asText() + ": "
                + p.get("path").asText()));
        assertThat(problems).containsExactly(dir.resolve("northwind-agreement.yaml") + ": obligations[0].owner",
                dir.resolve("northwind-timeline.yaml") + ": fulfilments[F-2].obligation");
    }

    @Test
    void folderOptionsAreRefusedWhereTheyDoNotApply() {
        CommandLine both = run("evaluate", "--agreements", dir.toString(), "--requests", "r.jsonl");
        CommandLine timelinesAlone = run("evaluate", "--timelines", dir.toString());
        CommandLine withFile = run("evaluate", "--agreements", dir.toString(), "--agreement", "a.yaml");

        assertThat(both.status()).isEqualTo(Main.INVALID);
        assertThat(both.err()).startsWith("sla evaluate: give --requests or --agreements, not both");
        assertThat(timelinesAlone.status()).isEqualTo(Main.INVALID);
        assertThat(timelinesAlone.err()).startsWith("sla evaluate: --timelines goes with --agreements");
        assertThat(withFile.status()).isEqualTo(Main.INVALID);
        assertThat(withFile.err())
                .startsWith("sla evaluate: --agreements reads the files of a folder: it cannot be combined with --agreement");
    }
}
