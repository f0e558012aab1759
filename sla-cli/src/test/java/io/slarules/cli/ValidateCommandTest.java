package io.slarules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sla validate}: every problem of an agreement, its timelines and its history, and no evaluation. */
class ValidateCommandTest {

    @Test
    void validFilesAreSaidToBeValid() {
        CommandLine run = run("validate", "--agreement", sample("earn-back-agreement.yaml"),
                "--timeline", sample("earn-back-timeline.yaml"), "--history", sample("earn-back-history.yaml"));

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                sample("earn-back-agreement.yaml") + ": valid (agreement ACME-HOSTING-M)",
                sample("earn-back-timeline.yaml") + ": valid",
                sample("earn-back-history.yaml") + ": valid");
    }

    @Test
    void everyProblemOfTheTimelineAndTheHistoryIsPrintedAtOnce(@TempDir Path dir) throws Exception {
        Path timeline = Files.writeString(dir.resolve("timeline.yaml"), """
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-7, at: 2026-03-23}
                  - {id: F-2, obligation: DELIVERY-1, at: 2026-04-31}
                """);

        CommandLine run = run("validate", "--agreement", sample("northwind-agreement.yaml"),
                "--timeline", timeline.toString(), "--history", sample("rolling-cap-history.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(3);
        assertThat(run.err().lines().filter(l -> l.startsWith(timeline + ": "))).hasSize(2);
        assertThat(run.err()).contains("SPEC-7").contains("F-2").contains(sample("rolling-cap-history.yaml")
                + ": agreement: names agreement \"ACME-HOSTING-K\", but it is read for agreement \"NW-CB-2026\"");
    }

    @Test
    void anInvalidAgreementsTimelineIsCheckedAgainstWhatCouldBeRead(@TempDir Path dir) throws Exception {
        Path agreement = Files.writeString(dir.resolve("broken.yaml"), """
                id: BROKEN-1
                zone: Europe/Berlin
                currency: EUR
                effective: {from: 2026-03-01, to: 2027-03-01}
                parties:
                  - {id: northwind, name: Northwind IT, role: PROVIDER}
                obligations:
                  - {id: SPEC-1, owner: nobody, beneficiary: northwind, due: 2026-03-02}
                  - {id: DELIVERY-1, owner: northwind, beneficiary: nobody-else, due: 2026-03-30, dependsOn: [SPEC-9]}
                """);

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline",
                sample("northwind-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        // one party only, an unknown owner, an unknown beneficiary, an unknown dependency: all four at once
        assertThat(run.err().lines().filter(l -> l.startsWith(agreement + ": "))).hasSize(4);
        assertThat(run.err()).contains("unknown obligation SPEC-9");
        // and the timeline's own problem with it, not in a later round
        assertThat(run.err().lines()).hasSize(5).last().isEqualTo(sample("northwind-timeline.yaml")
                + ": agreement: names agreement \"NW-CB-2026\", but it is read for agreement \"BROKEN-1\"");
    }

    @Test
    void everyProblemOfTheAgreementAndTheTimelineIsPrintedInOneRun(@TempDir Path dir) throws Exception {
        Path agreement = brokenNorthwind(dir);
        Path timeline = brokenNorthwindTimeline(dir);

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(FIVE_PROBLEMS.stream()
                .map(line -> line.replace("AGREEMENT", agreement.toString()).replace("TIMELINE", timeline.toString()))
                .toArray(String[]::new));
    }

    @Test
    void evaluatePrintsTheSameProblemsInOneRun(@TempDir Path dir) throws Exception {
        Path agreement = brokenNorthwind(dir);
        Path timeline = brokenNorthwindTimeline(dir);

        CommandLine run = run("evaluate", "--agreement", agreement.toString(), "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(FIVE_PROBLEMS.stream()
                .map(line -> line.replace("AGREEMENT", agreement.toString()).replace("TIMELINE", timeline.toString()))
                .toArray(String[]::new));
    }

    /** A field error, an unknown reference and a duplicate id in the agreement; two problems in the timeline. */
    private static final List<String> FIVE_PROBLEMS = List.of(
            "AGREEMENT: obligations[0].due: not a date: \"2026-03-32\" (no such day in the calendar)",
            "AGREEMENT: obligations[1].beneficiary: unknown party client-c",
            "AGREEMENT: penalties[1].id: duplicate clause id 12.1",
            "TIMELINE: fulfilments[F-3].at: not a date: \"2026-04-31\" (no such day in the calendar)",
            "TIMELINE: fulfilments[F-2].obligation: fulfilment of unknown obligation SPEC-9");

    /**
     * Example A with SPEC-1's due date malformed (DELIVERY-1 and clause 12.2 still name it), DELIVERY-1 owed to an
     * unknown party and clause 12.1 given twice.
     */
    private static Path brokenNorthwind(Path dir) throws Exception {
        return Files.writeString(dir.resolve("agreement.yaml"), """
                id: NW-CB-2026
                zone: Europe/Berlin
                currency: EUR
                effective: {from: 2026-03-01, to: 2027-03-01}
                parties:
                  - {id: northwind, name: Northwind IT, role: PROVIDER}
                  - {id: client-b, name: Client B, role: CUSTOMER}
                obligations:
                  - {id: SPEC-1, owner: client-b, beneficiary: northwind, due: 2026-03-32}
                  - {id: DELIVERY-1, owner: northwind, beneficiary: client-c, due: 2026-03-30, dependsOn: [SPEC-1]}
                penalties:
                  - {type: liquidated-damages, id: "12.1", debtor: northwind, creditor: client-b, obligations: [DELIVERY-1],
                     value: "200000.00 EUR", rate: {percentOfValue: 0.5, per: DAY}, rounding: UP}
                  - {type: liquidated-damages, id: "12.1", debtor: client-b, creditor: northwind, obligations: [SPEC-1],
                     rate: {amount: "1000.00 EUR", per: DAY}, rounding: DOWN}
                """);
    }

    /** F-1 fulfils the broken SPEC-1 (no problem), F-2 an unknown obligation, F-3 on a day that does not exist. */
    private static Path brokenNorthwindTimeline(Path dir) throws Exception {
        return Files.writeString(dir.resolve("timeline.yaml"), """
                agreement: NW-CB-2026
                fulfilments:
                  - {id: F-1, obligation: SPEC-1, at: 2026-03-23}
                  - {id: F-2, obligation: SPEC-9, at: 2026-03-23}
                  - {id: F-3, obligation: DELIVERY-1, at: 2026-04-31}
                """);
    }

    @Test
    void aTimelineIsCheckedForItsOwnFieldsWhenTheAgreementHasNoZone(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(sample("northwind-agreement.yaml")));
        Path agreement = Files.writeString(dir.resolve("agreement.yaml"), text.replace("zone: Europe/Berlin\n", ""));
        Path timeline = brokenNorthwindTimeline(dir);

        CommandLine run = run("validate", "--agreement", agreement.toString(), "--timeline", timeline.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err().lines()).containsExactly(
                agreement + ": zone: is required",
                timeline + ": fulfilments[F-3].at: not a date: \"2026-04-31\" (no such day in the calendar)");
    }

    @Test
    void aSubscriberWithoutItsTimelineNamesTheAgreementFile() {
        String agreement = sample("structures/service-based-agreement.yaml");

        CommandLine run = run("validate", "--agreement", agreement,
                "--timeline", sample("structures/service-based-s1-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).contains(agreement + ": subscriptions[S-2]: ").contains("S-3");
    }

    @Test
    void theAgreementIsRequired() {
        CommandLine run = run("validate", "--timeline", sample("northwind-timeline.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("sla validate: Missing required option: '--agreement=FILE'");
    }
}
