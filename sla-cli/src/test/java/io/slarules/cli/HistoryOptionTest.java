package io.slarules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sla evaluate --history FILE}: what earlier evaluations decided, read and checked like the other files. */
class HistoryOptionTest {

    private static CommandLine evaluateWithHistory(String history, String... more) {
        String[] args = new String[7 + more.length];
        args[0] = "evaluate";
        args[1] = "--agreement";
        args[2] = sample("earn-back-agreement.yaml");
        args[3] = "--timeline";
        args[4] = sample("earn-back-timeline.yaml");
        args[5] = "--history";
        args[6] = history;
        System.arraycopy(more, 0, args, 7, more.length);
        return run(args);
    }

    @Test
    void historyNeedsAValue() {
        CommandLine run = run("evaluate", "--agreement", sample("earn-back-agreement.yaml"),
                "--timeline", sample("earn-back-timeline.yaml"), "--history");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("sla evaluate: Missing required parameter for option '--history'");
    }

    @Test
    void historyIsGivenAtMostOnce() {
        String history = sample("earn-back-history.yaml");

        CommandLine run = evaluateWithHistory(history, "--history", history);

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("sla evaluate: option '--history' (FILE) should be specified only once");
    }

    @Test
    void historyIsNoOptionOfDemo() {
        CommandLine run = run("demo", "--history", sample("earn-back-history.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("sla demo: unknown option --history");
    }

    @Test
    void usageDescribesTheHistoryOption() {
        assertThat(run("evaluate", "--help").out()).contains("--history=FILE");
    }

    @Test
    void missingHistoryFileIsInvalidInputNamingIt() {
        CommandLine run = evaluateWithHistory("no-such-history.yaml");

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("no-such-history.yaml: ").contains("cannot be read: no such file");
    }

    @Test
    void historyOfAnotherAgreementIsInvalidInput() {
        CommandLine run = evaluateWithHistory(sample("rolling-cap-history.yaml"));

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err().lines()).containsExactly(sample("rolling-cap-history.yaml")
                + ": agreement: names agreement \"ACME-HOSTING-K\", but it is read for agreement \"ACME-HOSTING-M\"");
    }

    @Test
    void invalidHistoryReportsEveryProblemWithTheFileName(@TempDir Path dir) throws Exception {
        Path history = Files.writeString(dir.resolve("history.yaml"), """
                agreement: ACME-HOSTING-M
                months:
                  - {month: 2026-3, charged: "1000.00 USD", credited: "100.00 EUR"}
                windows:
                  - {objective: AVAIL-MAIL, window: {from: 2026-03-01, to: 2026-04-01}, met: false}
                """);

        CommandLine run = evaluateWithHistory(history.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err().lines()).containsExactly(
                history + ": months[0].month: not a month: \"2026-3\" (expected yyyy-mm, e.g. 2026-03)",
                history + ": months[0].credited: is in EUR, the agreement is in USD",
                history + ": windows[0].objective: unknown objective AVAIL-MAIL");
    }
}
