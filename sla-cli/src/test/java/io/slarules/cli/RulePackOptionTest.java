package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.slarules.cli.CommandLine.evaluateSample;
import static io.slarules.cli.CommandLine.run;
import static io.slarules.cli.CommandLine.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --rule-pack PATH}: a vendor's pack from a folder of DRL or a kjar, without writing Java. */
class RulePackOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A folder of DRL with a rule-pack.yaml: force majeure is no excuse (it replaces the default rule). */
    private static final String STRICT = Path.of("src", "test", "resources", "packs", "strict-force-majeure").toString();

    @Test
    void aDrlFolderReplacesTheDefaultRuleItNames() throws Exception {
        // example E: DELIVERY-4 36 days late, 3 of them force majeure. Default: 33 own days x 1,000.00 =
        // 33,000.00 priced; with the pack the 3 days are Northwind's too: 36 x 1,000.00 = 36,000.00,
        // capped at 10 % of 200,000.00 = 20,000.00 either way
        JsonNode standard = JSON.readTree(evaluateSample("force-majeure", "--format", "json").out());
        CommandLine strict = evaluateSample("force-majeure", "--format", "json", "--rule-pack", STRICT);

        assertThat(strict.status()).isEqualTo(Main.EVALUATED);
        JsonNode withPack = JSON.readTree(strict.out());
        assertThat(standard.at("/penalties/0/priced").asText()).isEqualTo("33000.00");
        assertThat(withPack.at("/penalties/0/priced").asText()).isEqualTo("36000.00");
        assertThat(withPack.at("/penalties/0/amount").asText()).isEqualTo("20000.00");
        assertThat(withPack.at("/attributions/0/shares")).hasSize(1);
        assertThat(withPack.at("/attributions/0/shares/0/responsible").asText()).isEqualTo("northwind");
        assertThat(withPack.at("/attributions/0/shares/0/days").asText()).isEqualTo("36");
    }

    @Test
    void reportTakesThePackToo(@TempDir Path dir) throws Exception {
        for (String file : new String[] {"force-majeure-agreement.yaml", "force-majeure-timeline.yaml"}) {
            Files.copy(Path.of(sample(file)), dir.resolve(file));
        }
        // August 2026: DELIVERY-4 is fulfilled on 08-20; 33 own days by default, 36 with the pack
        CommandLine standard = run("report", "--agreements", dir.toString(), "--timelines", dir.toString(),
                "--period", "2026-08", "--format", "csv");
        CommandLine strict = run("report", "--agreements", dir.toString(), "--timelines", dir.toString(),
                "--period", "2026-08", "--format", "csv", "--rule-pack", STRICT);

        assertThat(strict.status()).isEqualTo(Main.EVALUATED);
        assertThat(standard.out()).contains(",PT792H,33,");   // 33 days
        assertThat(strict.out()).contains(",PT864H,36,");     // 36 days
    }

    @Test
    void aPathThatIsNoPackIsInvalidInputNamingIt() {
        String empty = Path.of("src", "test", "resources", "packs", "no-rules").toString();

        CommandLine run = evaluateSample("northwind", "--rule-pack", "no-such-pack", "--rule-pack", empty);

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "no-such-pack: --rule-pack: no such jar or folder",
                empty + ": --rule-pack: holds no rules: no compiled kjar model (META-INF/kie/.../drools-model), no .drl"
                        + " file and no RulePackProvider");
    }

    @Test
    void aDescriptorWithAnUnknownFieldIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rules.drl"), "package x;\n");
        Files.writeString(dir.resolve(RulePacks.DESCRIPTOR), "id: x\nreplace: [a]\n");

        CommandLine run = evaluateSample("northwind", "--rule-pack", dir.toString());

        assertThat(run.status()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith(dir.resolve(RulePacks.DESCRIPTOR) + ": replace: ");
    }

    @Test
    void aPackIdComesFromTheFolderOrJarName() {
        assertThat(RulePacks.id("Public Works-1.0.jar")).isEqualTo("public-works-1-0");
        assertThat(RulePacks.id("strict-force-majeure")).isEqualTo("strict-force-majeure");
        assertThat(RulePacks.id("__")).isEqualTo("rule-pack");
    }
}
