package io.slarules.cli;

import io.slarules.DefaultRules;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sla watch}: issue 17's examples through the command line. */
class WatchCommandTest {

    private static final Path FILES = Path.of("src", "test", "resources", "watch");

    private static String file(String name) {
        return FILES.resolve(name).toString();
    }

    private static CommandLine withInput(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandLine.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    // 50 % at 11:00 local (09:00Z); the customer's wait 12:00-14:00 moves 75 % to 15:00 local (13:00Z)
    @Test
    void printsTheWarningsOfACaseAsOfAnInstant() {
        CommandLine run = CommandLine.run("watch", "--agreement", file("desk-agreement.yaml"),
                "--timeline", file("desk-timeline.yaml"), "--as-of", "2026-06-10T14:00:00Z");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("2026-06-10T09:00:00Z  CASE_TARGET_ELAPSED  RESOLVE T-1  case T-1 (RESOLVE): 50 %");
        assertThat(lines.get(1)).startsWith("2026-06-10T13:00:00Z  CASE_TARGET_ELAPSED  RESOLVE T-1")
                .contains("the clock was paused 2 h for Client C");
    }

    @Test
    void printsALateDependencyAsJsonLines() throws Exception {
        CommandLine run = CommandLine.run("watch", "--agreement", file("delivery-agreement.yaml"),
                "--timeline", file("delivery-timeline.yaml"), "--as-of", "2026-03-04T00:00:00Z", "--format", "json");
        assertThat(run.status()).isZero();
        List<JsonNode> lines = CommandLine.jsonLines(run.out());
        JsonNode late = lines.stream().filter(n -> n.get("kind").asText().equals("DEPENDENCY_LATE")).findFirst().orElseThrow();
        assertThat(late.get("subject").asText()).isEqualTo("DELIVERY-1");
        assertThat(late.get("item").asText()).isEqualTo("SPEC-1");
        assertThat(late.get("heldUpBy").asText()).isEqualTo("client-b");
        assertThat(late.get("heldUpFor").asText()).isEqualTo("PT24H");
        assertThat(late.get("instant").asText()).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(late.get("rules").get(0).asText()).isEqualTo(DefaultRules.WARN_HELD_UP);
    }

    @Test
    void followsEventsFromStandardInputAndPrintsWarningsAsTheyArise() throws Exception {
        String events = Files.readString(FILES.resolve("hosting-events.jsonl"));
        CommandLine run = withInput(events, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow",
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = CommandLine.jsonLines(run.out());
        assertThat(lines).singleElement().satisfies(w -> {
            assertThat(w.get("kind").asText()).isEqualTo("ALLOWANCE_CONSUMED");
            assertThat(w.get("instant").asText()).isEqualTo("2026-04-14T09:12:24Z");
            assertThat(w.get("threshold").asText()).isEqualTo("75");
        });
    }

    @Test
    void badInputExitsWithTwoNamingEveryProblemAtItsPath() {
        CommandLine run = withInput("""
                {"outages": [{"id": "O-1", "service": "nope", "from": "2026-04-08T10:00:00Z", "to": "2026-04-08T10:20:00Z", "kind": "FAULT", "responsible": "nobody"}]}
                """, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>:1").contains("outages[O-1].service").contains("outages[O-1].responsible");

        CommandLine late = withInput("""
                {"clock": "2026-04-10T00:00:00Z"}
                {"outages": [{"id": "O-1", "service": "web", "from": "2026-04-08T10:00:00Z", "to": "2026-04-08T10:20:00Z", "kind": "FAULT", "responsible": "acme"}]}
                """, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow");
        assertThat(late.status()).isEqualTo(2);
        assertThat(late.err()).contains("<stdin>:2").contains("events[O-1]").contains("before the monitor's watermark");

        CommandLine noAsOf = CommandLine.run("watch", "--agreement", file("hosting-agreement.yaml"),
                "--timeline", file("hosting-timeline.yaml"));
        assertThat(noAsOf.status()).isEqualTo(2);
        assertThat(noAsOf.err()).contains("--as-of");

        CommandLine badInstant = CommandLine.run("watch", "--agreement", file("hosting-agreement.yaml"),
                "--timeline", file("hosting-timeline.yaml"), "--as-of", "tomorrow");
        assertThat(badInstant.status()).isEqualTo(2);
        assertThat(badInstant.err()).contains("--as-of must be an instant");
    }

    /** The desk example's agreement with a {@code watch} term added. */
    private static String deskWatchedAt(Path dir, String watch) throws IOException {
        Path agreement = dir.resolve("desk-agreement.yaml");
        Files.writeString(agreement, Files.readString(FILES.resolve("desk-agreement.yaml")) + watch + "\n");
        return agreement.toString();
    }

    // 37.5 % of 8 business hours is 3 h: Tuesday 15:00-17:00 local (2 h), then Wednesday 09:00-10:00 local,
    // so 10:00 local = 08:00Z; the file's term replaces the defaults, so no 50 % line at 09:00Z, and the breach
    // (17:00 local with the customer's 2 h wait) lies after the instant asked
    @Test
    void theAgreementFilesWatchTermSetsTheThresholds(@TempDir Path dir) throws IOException {
        CommandLine run = CommandLine.run("watch", "--agreement", deskWatchedAt(dir, "watch: {caseShares: [37.5]}"),
                "--timeline", file("desk-timeline.yaml"), "--as-of", "2026-06-10T14:00:00Z");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("2026-06-10T08:00:00Z  CASE_TARGET_ELAPSED  RESOLVE T-1").contains("37.5 %"));
    }

    @Test
    void aBadWatchTermExitsWithTwoNamingEveryProblemAtItsPath(@TempDir Path dir) throws IOException {
        CommandLine run = CommandLine.run("watch", "--agreement",
                deskWatchedAt(dir, "watch: {caseShares: [75, 50], allowanceShare: 0, dueWithinBusinessDays: -1}"),
                "--timeline", file("desk-timeline.yaml"), "--as-of", "2026-06-10T14:00:00Z");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("desk-agreement.yaml").contains("watch.caseShares[1]")
                .contains("watch.allowanceShare").contains("watch.dueWithinBusinessDays");
    }

    // O-3 arrives without "to": going on, it reaches 75 % at 09:12:24Z as in the worked example; its end,
    // told at 09:15, comes after that, so the warning stands and no breach follows
    @Test
    void followsAnOutageGoingOnUntilALaterLineGivesItsEnd() throws Exception {
        String events = """
                {"clock": "2026-04-01T00:00:00Z"}
                {"outages": [{"id": "O-1", "service": "web", "from": "2026-04-08T10:00:00Z", "to": "2026-04-08T10:20:00Z", "kind": "FAULT", "responsible": "acme"}]}
                {"outages": [{"id": "O-3", "service": "web", "from": "2026-04-14T09:00:00Z", "kind": "FAULT", "responsible": "acme", "cause": "network"}]}
                {"clock": "2026-04-14T09:13:00Z"}
                {"outages": [{"id": "O-3", "to": "2026-04-14T09:15:00Z"}]}
                {"clock": "2026-05-01T00:00:01Z"}
                """;
        CommandLine run = withInput(events, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow",
                "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(CommandLine.jsonLines(run.out())).singleElement().satisfies(w -> {
            assertThat(w.get("kind").asText()).isEqualTo("ALLOWANCE_CONSUMED");
            assertThat(w.get("instant").asText()).isEqualTo("2026-04-14T09:12:24Z");
            assertThat(w.get("projectedBreach").asText()).isEqualTo("2026-04-14T09:23:12Z");
        });

        CommandLine lateEnd = withInput("""
                {"clock": "2026-04-14T09:00:00Z"}
                {"outages": [{"id": "O-3", "service": "web", "from": "2026-04-14T09:00:00Z", "kind": "FAULT", "responsible": "acme"}]}
                {"clock": "2026-04-14T10:00:00Z"}
                {"outages": [{"id": "O-3", "to": "2026-04-14T09:15:00Z"}]}
                """, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow");
        assertThat(lateEnd.status()).isEqualTo(2);
        assertThat(lateEnd.err()).contains("<stdin>:4").contains("events[O-3]").contains("took it as going on");

        CommandLine maintenance = withInput("""
                {"outages": [{"id": "M-1", "service": "web", "from": "2026-04-14T09:00:00Z", "kind": "MAINTENANCE"}]}
                """, "watch", "--agreement", file("hosting-agreement.yaml"), "--follow");
        assertThat(maintenance.status()).isEqualTo(2);
        assertThat(maintenance.err()).contains("<stdin>:1").contains("outages[M-1].to").contains("only a fault");
    }

    // a case never opened is refused at its line when nothing can open it any more; a rule throwing while the
    // monitor looks at the agreement ends the run with exit 1, naming the rule and its pack
    @Test
    void aCaseNeverOpenedIsRefusedAtItsLineAndARuleThrowingEndsTheRunWithOne() {
        CommandLine orphan = withInput("""
                {"clock": "2026-06-29T10:00:00Z"}
                {"cases": [{"id": "E-9", "case": "T-9", "service": "desk", "at": "2026-06-29T10:00:00Z", "kind": "STATUS", "status": "WAITING_ON_CUSTOMER"}]}
                {"clock": "2026-07-01T00:00:00Z"}
                """, "watch", "--agreement", file("desk-agreement.yaml"), "--follow");
        assertThat(orphan.status()).isEqualTo(2);
        assertThat(orphan.err()).contains("<stdin>:2").contains("cases[T-9]");

        CommandLine faulty = CommandLine.run("watch", "--agreement", file("desk-agreement.yaml"),
                "--timeline", file("desk-timeline.yaml"), "--as-of", "2026-06-10T14:00:00Z",
                "--rule-pack", Path.of("src", "test", "resources", "packs", "faulty-watch").toString());
        assertThat(faulty.status()).as(faulty.err()).isEqualTo(1);
        assertThat(faulty.out()).isEmpty();
        assertThat(faulty.err()).contains("DESK-2026").contains("faulty watch: warn rule throws on DESK-2026");
    }
}
