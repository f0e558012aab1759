package io.slarules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void anInvalidAgreementIsReportedAndItsTimelineLeftUnchecked(@TempDir Path dir) throws Exception {
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
        assertThat(run.err()).contains("1 file not checked");
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
