package io.slarules.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.files.Agreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The JSON Schema shipped for scenario files says what the reader accepts: the same fields in
 * every object, the same required ones. No schema validator is a dependency, so the schema is
 * compared with the reader's own lists, as sla-core does for its formats.
 */
class ScenarioSchemaTest {

    private static final JsonNode SCHEMA = read("schema/scenario.schema.json");

    static Stream<Arguments> objects() {
        return Stream.of(
                arguments("/", ScenarioReader.SCENARIO),
                arguments("/$defs/period", ScenarioReader.PERIOD),
                arguments("/$defs/expect", ScenarioReader.EXPECT),
                arguments("/$defs/penalty", ScenarioReader.PENALTY),
                arguments("/$defs/attribution", ScenarioReader.ATTRIBUTION),
                arguments("/$defs/problem", ScenarioReader.PROBLEM),
                arguments("/$defs/objective", ScenarioReader.OBJECTIVE),
                arguments("/$defs/case", ScenarioReader.CASE),
                arguments("/$defs/credit", ScenarioReader.CREDIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void schemaListsExactlyTheFieldsTheReaderAccepts(String pointer, Map<String, Boolean> fields) {
        JsonNode object = pointer.equals("/") ? SCHEMA : SCHEMA.at(pointer);

        assertThat(names(object.get("properties"))).containsExactlyInAnyOrderElementsOf(fields.keySet());
        assertThat(values(object.path("required"))).containsExactlyInAnyOrderElementsOf(
                fields.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
        assertThat(object.get("additionalProperties").asBoolean(true)).as("additionalProperties is false").isFalse();
        object.get("properties").properties().forEach(p -> assertThat(p.getValue().has("description")
                || p.getValue().path("$ref").asText().startsWith("#/$defs/expect")).as(pointer + "/" + p.getKey()).isTrue());
    }

    @Test
    void anInlineTimelineHasTheTimelineFormatsFields() {
        JsonNode timeline = read("schema/timeline.schema.json");

        assertThat(names(SCHEMA.at("/$defs/inlineTimeline/properties")))
                .containsExactlyInAnyOrderElementsOf(names(timeline.get("properties")));
        assertThat(SCHEMA.at("/$defs/inlineTimeline").has("required")).as("agreement may be left out").isFalse();
    }

    @Test
    void anInlineHistoryHasTheHistoryFormatsFields() {
        JsonNode history = read("schema/history.schema.json");

        assertThat(names(SCHEMA.at("/$defs/inlineHistory/properties")))
                .containsExactlyInAnyOrderElementsOf(names(history.get("properties")));
        assertThat(SCHEMA.at("/$defs/inlineHistory").has("required")).as("agreement may be left out").isFalse();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Agreements.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
