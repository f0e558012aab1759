package io.slarules.rules.internal;

import io.slarules.DefaultRules;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule names are defined once, in the DRL: {@link DefaultRules} (what decisions cite and packs replace, for code
 * and tests) and the README's rules tables must name exactly the rules the default DRL declares.
 */
class DefaultRulesTableTest {

    private static final Path DRL = Path.of("src", "main", "resources", "io", "slarules", "rules", "internal");
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
    /** A README table row whose first cell is a rule name in back quotes. */
    private static final Pattern ROW = Pattern.compile("^\\| `((?:attribute|concurrent|propagate|measure|assess|penalise|cap|warn|facts): [^`]+)` \\|",
            Pattern.MULTILINE);

    @Test
    void constantsNameExactlyTheDefaultDrlRules() throws IOException {
        assertThat(DefaultRules.all()).as("DefaultRules against the default DRL")
                .containsExactlyInAnyOrderElementsOf(drlRules());
    }

    @Test
    void everyNameIsAPhaseAndWhatItDecides() {
        assertThat(DefaultRules.all()).allSatisfy(name ->
                assertThat(name).matches("(attribute|concurrent|propagate|measure|assess|penalise|cap|warn|facts): \\S.*"));
        assertThat(DefaultRules.all()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void readmeTablesListEveryDefaultRule() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertThat(rows).as("README rules tables").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(drlRules());
    }

    @Test
    void defaultDrlHasNoEval() throws IOException {
        // Drools logs a WARN for an eval over earlier patterns' variables on every session, which lands on each
        // user's console (the command line's included), and an eval is never indexed: a condition in the pattern
        List<String> evals = new ArrayList<>();
        for (Path file : drlFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).replaceFirst("//.*", "").matches(".*\\beval\\s*\\(.*")) {
                    evals.add(DRL.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(evals).as("eval( in the default DRL").isEmpty();
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(DRL)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static TreeSet<String> drlRules() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        List<Path> files = drlFiles();
        assertThat(files).as("default DRL files").isNotEmpty();
        for (Path file : files) {
            Matcher m = RULE.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(names.add(m.group(1))).as("rule declared twice: " + m.group(1)).isTrue();
            }
        }
        return names;
    }
}
