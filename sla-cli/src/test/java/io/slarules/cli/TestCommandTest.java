package io.slarules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.slarules.cli.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sla test DIR}: a folder of scenario files, reported like a test runner. */
class TestCommandTest {

    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");

    @Test
    void passingScenariosExitWithZero() {
        CommandLine run = run("test", SCENARIOS.resolve("passing").toString());

        assertThat(run.status()).isEqualTo(Main.EVALUATED);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly("PASS  force-majeure.yaml", "PASS  late-specification.yaml",
                "PASS  typo-in-a-party.yaml", "", "3 scenarios: 3 passed, 0 failed");
    }

    @Test
    void aFailedScenarioShowsExpectedAndActualAndExitsWithOne() {
        // wrong-amount.yaml expects 5,000.00 EUR; Northwind owes 4 x 1,000.00 = 4,000.00 EUR
        CommandLine run = run("test", SCENARIOS.resolve("failing").toString());

        assertThat(run.status()).isEqualTo(Main.FAILED);
        assertThat(run.out()).startsWith("PASS  late-specification.yaml\nFAIL  wrong-amount.yaml\n")
                .contains("\"5000.00 EUR\"").contains("\"4000.00 EUR\"")
                .endsWith("\n2 scenarios: 1 passed, 1 failed\n")
                .doesNotContain("ScenarioCheck.java");
    }

    @Test
    void theWholeFolderRunsSubFoldersIncluded() {
        CommandLine run = run("test", SCENARIOS.toString());

        assertThat(run.status()).isEqualTo(Main.FAILED);
        assertThat(run.out()).contains("PASS  passing/typo-in-a-party.yaml").contains("FAIL  failing/wrong-amount.yaml")
                .endsWith("5 scenarios: 4 passed, 1 failed\n");
    }

    @Test
    void noFolderOrNoScenarioIsAUsageError(@TempDir Path empty) {
        CommandLine missing = run("test", "no-such-folder");
        CommandLine none = run("test", empty.toString());

        assertThat(missing.status()).isEqualTo(Main.INVALID);
        assertThat(missing.err()).startsWith("sla test: not a folder: no-such-folder");
        assertThat(none.status()).isEqualTo(Main.INVALID);
        assertThat(none.err()).startsWith(empty + ": holds no scenario file");
    }
}
