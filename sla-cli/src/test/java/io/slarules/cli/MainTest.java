package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.slarules.cli.CommandLine.evaluateSample;
import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code sla} command line: what it prints, where, and with which exit status. */
class MainTest {

    @Test
    void demoExplainsExampleAsDecision() {
        CommandLine run = run("demo");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Agreement NW-CB-2026, period 2026-03-01..2027-03-01")
                .contains("Northwind IT owes Client B 4,000.00 EUR under clause 12.1 (Delay in delivery) for DELIVERY-1.")
                .contains("Shares: Client B 21 days; Northwind IT 4 days.")
                .contains("Northwind IT is responsible for 4 days; counted in started days: 4 days.")
                .contains("Rules: ")
                .endsWith("\n");
    }

    @Test
    void demoPrintsTheSameAsEvaluatingTheSampleFiles() {
        String demo = run("demo").out();
        String deadlines = evaluateSample("northwind").out();
        String serviceLevels = evaluateSample("availability", "--period", "2026-04").out();

        assertThat(demo).isEqualTo(deadlines + "\n" + Samples.DEMO_SERVICE_HEADING + "\n\n" + serviceLevels);
    }

    @Test
    void demoAlsoExplainsTheServiceLevelSample() {
        CommandLine run = run("demo");

        assertThat(run.err()).isEmpty();
        // example G: 43,150 / 43,200 = 99.884259 % -> 10 % of 1,000.00 USD
        assertThat(run.out()).contains(Samples.DEMO_SERVICE_HEADING).contains("ACME-HOSTING-G").contains("AVAIL-WEB")
                .contains("100.00");
    }

    @Test
    void demoWritesJsonOnRequest() throws Exception {
        CommandLine run = run("demo", "--format=json");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        List<JsonNode> documents = new ArrayList<>();
        new ObjectMapper().readerFor(JsonNode.class).readValues(run.out())
                .forEachRemaining(node -> documents.add((JsonNode) node));
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("penalties").get(0).get("amount").asText()).isEqualTo("4000.00");
        assertThat(documents.get(1).get("agreement").asText()).isEqualTo("ACME-HOSTING-G");
        assertThat(documents.get(1).get("credits").get(0).get("amount").asText()).isEqualTo("100.00");
    }

    @Test
    void periodSettlesOnlyTheObligationsFulfilledInIt() {
        // SPEC-1 is settled in March; DELIVERY-1, fulfilled in April, is still open at the end of March
        CommandLine march = evaluateSample("northwind", "--period", "2026-03");

        assertThat(march.status()).isEqualTo(Main.EVALUATED);
        assertThat(march.out()).startsWith("Agreement NW-CB-2026, period 2026-03 ")
                .contains("SPEC-1").contains("DELIVERY-1").contains("still open").contains("No penalties.");
        assertThat(evaluateSample("northwind", "--period", "2026-04").out()).contains("4,000.00 EUR");
    }

    @Test
    void fromAndToSettleTheDatesUpToButNotIncludingTo() {
        CommandLine april = evaluateSample("northwind", "--from", "2026-04-01", "--to", "2026-05-01");
        CommandLine untilTheDelivery = evaluateSample("northwind", "--from", "2026-04-01", "--to", "2026-04-24");

        assertThat(april.out()).isEqualTo(evaluateSample("northwind", "--period", "2026-04").out());
        assertThat(untilTheDelivery.status()).isEqualTo(Main.EVALUATED);
        // delivered by the end of 04-24, after the period: still open, provisional, no decision
        assertThat(untilTheDelivery.out()).contains("is still open").contains("No penalties.");
    }

    @Test
    void invalidAgreementFileReportsEveryProblemWithTheFileName(@TempDir Path dir) throws Exception {
        Path agreement = dir.resolve("broken-agreement.yaml");
        Files.writeString(agreement, """
                id: BROKEN-1
                zone: Europe/Berlin
                currency: EUR
                effective: {from: 2026-03-01, to: 2027-03-01}
                parties:
                  - {id: northwind, name: Northwind IT, role: PROVIDER}
                  - {id: client-b, name: Client B, role: CUSTOMER}
                obligations:
                  - {id: SPEC-1, owner: nobody, beneficiary: northwind, due: 2026-03-02}
                  - {id: DELIVERY-1, owner: northwind, beneficiary: client-b, due: 2026-03-30, dependsOn: [SPEC-9]}
                """);

        CommandLine run = run("evaluate", "--agreement", agreement.toString(),
                "--timeline", sample("northwind-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        // the timeline is checked against what could be read of the agreement, in the same run
        assertThat(run.err().lines()).containsExactly(
                agreement + ": obligations[0].owner: unknown party nobody",
                agreement + ": obligations[1].dependsOn[0]: unknown obligation SPEC-9",
                sample("northwind-timeline.yaml")
                        + ": agreement: names agreement \"NW-CB-2026\", but it is read for agreement \"BROKEN-1\"");
    }

    @Test
    void invalidTimelineFileNamesTheTimelineFile(@TempDir Path dir) throws Exception {
        Path timeline = dir.resolve("broken-timeline.yaml");
        Files.writeString(timeline, """
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-7, at: 2026-03-23}
                  - {id: F-2, obligation: DELIVERY-1, at: 2026-04-31}
                """);

        CommandLine run = run("evaluate", "--agreement", sample("northwind-agreement.yaml"),
                "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(timeline + ": "));
        assertThat(run.err()).contains("F-1").contains("SPEC-7").contains("F-2");
    }

    @Test
    void missingFileIsInvalidInput() {
        CommandLine run = run("evaluate", "--agreement", "no-such-agreement.yaml",
                "--timeline", sample("northwind-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("no-such-agreement.yaml: ");
    }

    @Test
    void periodOutsideTheAgreementIsInvalidInput() {
        CommandLine run = evaluateSample("northwind", "--period", "2030-01");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("period: ").contains("2030-01");
    }

    static Stream<Arguments> badCommandLines() {
        String agreement = sample("northwind-agreement.yaml");
        String timeline = sample("northwind-timeline.yaml");
        return Stream.of(
                Arguments.of(new String[] {"evaluat"}, "sla: unknown command \"evaluat\""),
                Arguments.of(new String[] {"--agreement", agreement}, "sla: unknown option --agreement"),
                Arguments.of(new String[] {"demo", "--bogus"}, "sla demo: unknown option --bogus"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline, "--bogus", "x"},
                        "sla evaluate: unknown option --bogus"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement},
                        "sla evaluate: Missing required option: '--timeline=FILE'"),
                Arguments.of(new String[] {"evaluate", "--timeline", timeline},
                        "sla evaluate: Missing required option: '--agreement=FILE'"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline"},
                        "sla evaluate: Missing required parameter for option '--timeline'"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--agreement", agreement,
                        "--timeline", timeline}, "sla evaluate: option '--agreement' (FILE) should be specified only once"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline, "extra"},
                        "sla evaluate: unexpected argument \"extra\""),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--period", "2026-13"}, "sla evaluate: Invalid value for option '--period': malformed period \"2026-13\""),
                // issue 11 point 12: parses as a YearMonth, but no month after it exists (was a stack trace, exit 1)
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--period", "+999999999-12"},
                        "sla evaluate: Invalid value for option '--period': malformed period \"+999999999-12\""),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--period", "2026-03", "--from", "2026-03-01"}, "sla evaluate: --period cannot be combined"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--from", "2026-03-01"}, "sla evaluate: --from and --to go together"),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--from", "2026-03-01", "--to", "2026-02-30"},
                        "sla evaluate: Invalid value for option '--to': malformed date \"2026-02-30\""),
                Arguments.of(new String[] {"evaluate", "--agreement", agreement, "--timeline", timeline,
                        "--from", "2026-03-01", "--to", "2026-03-01"},
                        "sla evaluate: --to 2026-03-01 must be after --from 2026-03-01"),
                Arguments.of(new String[] {"demo", "--format", "xml"},
                        "sla demo: Invalid value for option '--format': unknown format \"xml\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCommandLines")
    void badCommandLineExitsWithTwoSaysWhatIsWrongAndWhereTheHelpIs(String[] args, String complaint) {
        CommandLine run = run(args);

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(complaint).containsPattern("\nRun 'sla( [a-z-]+)? --help' for ")
                .doesNotContain("Usage:");
    }

    @Test
    void noCommandPrintsTheUsageOnStandardErrorAndExitsWithTwo() {
        CommandLine run = run();

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("sla: no command given\n").contains("Usage: sla ")
                .contains("evaluate").contains("validate").contains("report").contains("test");
    }

    @Test
    void misspeltOptionsAndCommandsGetASuggestion() {
        CommandLine option = run("evaluate", "--agrement", sample("northwind-agreement.yaml"),
                "--timeline", sample("northwind-timeline.yaml"));
        CommandLine command = run("evalute");

        assertThat(option.status()).isEqualTo(Main.INVALID);
        assertThat(option.err().lines()).containsExactly("sla evaluate: unknown option --agrement",
                "Possible solutions: --agreement, --agreements", "Run 'sla evaluate --help' for its options.");
        assertThat(command.status()).isEqualTo(Main.INVALID);
        assertThat(command.err()).startsWith("sla: unknown command \"evalute\"\nDid you mean: sla evaluate");
    }

    @Test
    void helpPrintsTheUsageOnStandardOutput() {
        String usage = run("help").out();
        for (String help : new String[] {"help", "--help", "-h"}) {
            CommandLine run = run(help);

            assertThat(run.status()).isEqualTo(Main.EVALUATED);
            assertThat(run.out()).isEqualTo(usage).startsWith("Usage: sla ").contains("explain-agreement")
                    .contains("Exit status: 0 done, 1 internal failure");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        CommandLine evaluate = run("evaluate", "--help");
        CommandLine report = run("help", "report");

        assertThat(evaluate.status()).isEqualTo(Main.EVALUATED);
        assertThat(evaluate.out()).startsWith("Usage: sla evaluate ").contains("--timeline=FILE").contains("--requests")
                .contains("--rule-pack").contains("--agreements=DIR").doesNotContain("--format=text|csv|json|html");
        assertThat(report.status()).isEqualTo(Main.EVALUATED);
        assertThat(report.out()).startsWith("Usage: sla report ").contains("--agreements=DIR")
                .doesNotContain("--timeline=FILE");
        assertThat(evaluate.out()).isNotEqualTo(report.out());
    }

    @Test
    void versionIsTheLibrarysVersion() {
        CommandLine run = run("--version");

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.out()).startsWith("sla " + io.slarules.LibraryVersion.current() + "\n");
        assertThat(run("evaluate", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void debugIsAcceptedAnywhere() {
        assertThat(run("--debug", "demo").status()).isEqualTo(Main.EVALUATED);
        assertThat(run("demo", "--debug").out()).contains("4,000.00 EUR");
    }
}
