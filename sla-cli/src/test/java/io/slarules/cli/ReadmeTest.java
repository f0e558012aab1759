package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.slarules.cli.CommandLine.evaluateSample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples README's "JSON output" section documents exactly the fields the command line writes
 * (it stays beside the samples it shows).
 */
class ReadmeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String section;
    /** Example D has every kind of value: shares, a blocked segment with its interval, a decision. */
    private static JsonNode blocked;

    @BeforeAll
    static void readReadmeAndEvaluate() throws Exception {
        String readme = Files.readString(Path.of("..", "examples", "README.md"));
        int start = readme.indexOf("\n## JSON output");
        assertThat(start).as("README.md has a \"JSON output\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        section = end < 0 ? readme.substring(start) : readme.substring(start, end);
        blocked = JSON.readTree(evaluateSample("blocked", "--format", "json").out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Evaluation, ''",
            "Period, /period",
            "Attribution, /attributions/0",
            "Share, /attributions/0/shares/0",
            "Segment, /attributions/0/segments/0",
            "Penalty, /penalties/0",
    })
    void documentsEveryFieldInTheOrderWritten(String table, String pointer) {
        JsonNode written = blocked.at(pointer);

        assertThat(written.isObject()).as(pointer).isTrue();
        assertThat(documentedFields().get(table)).as("fields of the README's table " + table)
                .containsExactlyElementsOf(fieldNames(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Objective, /objectives/0",
            "Credit, /credits/0",
    })
    void documentsEveryServiceLevelFieldInTheOrderWritten(String table, String pointer) throws Exception {
        JsonNode availability = JSON.readTree(evaluateSample("availability", "--period", "2026-04", "--format", "json").out());

        assertThat(documentedFields().get(table)).as("fields of the README's table " + table)
                .containsExactlyElementsOf(fieldNames(availability.at(pointer)));
    }

    @Test
    void documentsTheServiceLevelFieldsAfterThePenalties() throws Exception {
        List<String> fields = fieldNames(JSON.readTree(evaluateSample("availability", "--period", "2026-04", "--format",
                "json").out()));

        assertThat(documentedFields().get("ServiceLevels"))
                .containsExactlyElementsOf(fields.subList(fields.indexOf("penalties") + 1, fields.size()));
    }

    @Test
    void documentsTheIntervalsFields() {
        assertThat(section).contains("`{\"from\": instant, \"to\": instant}`");
        assertThat(fieldNames(blocked.at("/attributions/0/segments/0/interval"))).containsExactly("from", "to");
    }

    @Test
    void exampleMatchesWhatTheDemoFilesGive() throws Exception {
        int start = section.indexOf("```json\n");
        String example = section.substring(start + "```json\n".length(), section.indexOf("\n```", start + 1));
        JsonNode documented = JSON.readTree(example);
        JsonNode actual = JSON.readTree(evaluateSample("northwind", "--format", "json").out());

        assertThat(documented.get("agreement")).isEqualTo(actual.get("agreement"));
        assertThat(documented.get("period")).isEqualTo(actual.get("period"));
        assertThat(documented.get("asOf")).isEqualTo(actual.get("asOf"));
        assertThat(documented.at("/attributions/1")).isEqualTo(actual.at("/attributions/1"));
        ObjectNode documentedDecision = ((ObjectNode) documented.at("/penalties/0")).deepCopy();
        ObjectNode actualDecision = ((ObjectNode) actual.at("/penalties/0")).deepCopy();
        String shortened = documentedDecision.remove("explanation").asText();
        assertThat(actualDecision.remove("explanation").asText())
                .startsWith(shortened.substring(0, shortened.indexOf("\n...")));
        documentedDecision.remove("rules");
        actualDecision.remove("rules");
        // the fingerprint hashes the rules' names too, so the README abbreviates it like them
        assertThat(documentedDecision.remove("fingerprint").asText()).isEqualTo("...");
        assertThat(actualDecision.remove("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(documentedDecision).isEqualTo(actualDecision);
    }

    /** Each "### Name" table of the section: the back-quoted names in its first column. */
    private static Map<String, List<String>> documentedFields() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : section.lines().toList()) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                tables.put(line.substring(4).split(" ")[0], current);
            } else if (current != null && line.startsWith("| `")) {
                current.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return tables;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
