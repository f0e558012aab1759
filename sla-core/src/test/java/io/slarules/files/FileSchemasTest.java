package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.Map.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The JSON Schemas shipped for the three file formats say what the readers accept: the same fields
 * in every object, the same required ones, the same words and patterns. No schema validator is a
 * dependency, so the schemas are compared with the readers' own shapes.
 */
class FileSchemasTest {

    private static final Map<String, Map<String, Shape>> OBJECTS = Map.of(
            "agreement", Map.ofEntries(
                    entry("", AgreementReader.AGREEMENT),
                    entry("/$defs/effective", AgreementReader.EFFECTIVE),
                    entry("/$defs/party", AgreementReader.PARTY),
                    entry("/$defs/concurrentDelay", AgreementReader.CONCURRENT_DELAY),
                    entry("/$defs/obligation", ObligationReader.OBLIGATION),
                    entry("/$defs/dueAfter", ObligationReader.DUE_AFTER),
                    entry("/$defs/liquidatedDamages", PenaltyReader.LIQUIDATED_DAMAGES),
                    entry("/$defs/rate", PenaltyReader.RATE),
                    entry("/$defs/cap", PenaltyReader.CAP),
                    entry("/$defs/exchangeRate", PenaltyReader.EXCHANGE_RATE),
                    entry("/$defs/forceMajeureClause", AgreementReader.FORCE_MAJEURE),
                    entry("/$defs/service", ServiceLevelReader.SERVICE),
                    entry("/$defs/calendar", ServiceLevelReader.CALENDAR),
                    entry("/$defs/hours", ServiceLevelReader.HOURS),
                    entry("/$defs/publicHolidays", ServiceLevelReader.PUBLIC_HOLIDAYS),
                    entry("/$defs/maintenance", ServiceLevelReader.MAINTENANCE),
                    entry("/$defs/maintenanceWindow", ServiceLevelReader.MAINTENANCE_WINDOW),
                    entry("/$defs/caps", ServiceLevelReader.CAPS),
                    entry("/$defs/rollingCap", ServiceLevelReader.ROLLING_CAP),
                    entry("/$defs/rollingWindow", ObjectiveReader.ROLLING_WINDOW),
                    entry("/$defs/availabilityObjective", ObjectiveReader.AVAILABILITY),
                    entry("/$defs/timeToObjective", ObjectiveReader.TIME_TO),
                    entry("/$defs/caseTarget", ObjectiveReader.CASE_TARGET),
                    entry("/$defs/quotaObjective", ObjectiveReader.QUOTA),
                    entry("/$defs/ratioObjective", ObjectiveReader.RATIO),
                    entry("/$defs/levelRounding", ObjectiveReader.LEVEL_ROUNDING),
                    entry("/$defs/credit", CreditReader.CREDIT),
                    entry("/$defs/band", CreditReader.BAND),
                    entry("/$defs/perBreach", CreditReader.PER_BREACH),
                    entry("/$defs/repeat", CreditReader.REPEAT),
                    entry("/$defs/bonus", CreditReader.BONUS),
                    entry("/$defs/share", CreditReader.SHARE),
                    entry("/$defs/subscription", ServiceLevelReader.SUBSCRIPTION),
                    entry("/$defs/subscriber", ServiceLevelReader.SUBSCRIBER),
                    entry("/$defs/amendment", AgreementReader.AMENDMENT),
                    entry("/$defs/billingCycle", ServiceLevelReader.BILLING_CYCLE),
                    entry("/$defs/watch", AgreementReader.WATCH),
                    entry("/$defs/level", LevelReader.LEVEL),
                    entry("/$defs/objectiveOverride", ObjectiveReader.OVERRIDE),
                    entry("/$defs/creditOverride", CreditReader.OVERRIDE),
                    entry("/$defs/readingsObjective", ObjectiveReader.READINGS),
                    entry("/$defs/perReading", CreditReader.PER_READING),
                    entry("/$defs/price", AgreementReader.PRICE)),
            "timeline", Map.of(
                    "", TimelineReader.TIMELINE,
                    "/$defs/fulfilment", TimelineReader.FULFILMENT,
                    "/$defs/blocked", TimelineReader.BLOCKED,
                    "/$defs/forceMajeure", TimelineReader.FORCE_MAJEURE,
                    "/$defs/outage", TimelineReader.OUTAGE,
                    "/$defs/caseEvent", TimelineReader.CASE_EVENT,
                    "/$defs/count", TimelineReader.COUNT,
                    "/$defs/levelReport", TimelineReader.LEVEL,
                    "/$defs/exchangeRate", TimelineReader.EXCHANGE_RATE,
                    "/$defs/reading", TimelineReader.READING),
            "history", Map.of(
                    "", HistoryReader.HISTORY,
                    "/$defs/month", HistoryReader.MONTH,
                    "/$defs/window", HistoryReader.WINDOW,
                    "/$defs/range", HistoryReader.RANGE,
                    "/$defs/issuedCredit", HistoryReader.ISSUED_CREDIT));

    static Stream<Arguments> objects() {
        return OBJECTS.entrySet().stream().flatMap(schema -> schema.getValue().entrySet().stream()
                .map(object -> arguments(schema.getKey(), object.getKey(), object.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("objects")
    void schemaListsExactlyTheFieldsTheReaderAccepts(String schema, String pointer, Shape shape) {
        JsonNode object = schema(schema).at(pointer);

        assertThat(names(object.get("properties"))).containsExactlyInAnyOrderElementsOf(shape.allowed());
        assertThat(values(object.path("required"))).containsExactlyInAnyOrderElementsOf(shape.required());
        assertThat(object.path("additionalProperties").isBoolean() && !object.get("additionalProperties").booleanValue())
                .as("additionalProperties is false").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement", "timeline", "history"})
    void everyObjectOfTheSchemaIsComparedWithTheReader(String schema) {
        List<String> objects = new ArrayList<>();
        walk(schema(schema), "", (pointer, node) -> {
            if (isObjectType(node)) {
                objects.add(pointer);
            }
        });

        assertThat(objects).containsExactlyInAnyOrderElementsOf(OBJECTS.get(schema).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement", "timeline", "history"})
    void everyPropertyHasADescription(String schema) {
        List<String> undescribed = new ArrayList<>();
        walk(schema(schema), "", (pointer, node) -> {
            if (isObjectType(node)) {
                node.get("properties").properties().stream()
                        .filter(p -> !p.getValue().path("description").isTextual())
                        .forEach(p -> undescribed.add(pointer + "/properties/" + p.getKey()));
            }
        });

        assertThat(undescribed).isEmpty();
    }

    static Stream<Arguments> words() {
        return Stream.of(
                arguments("agreement", "/properties/kind/enum", AgreementReader.KINDS.keySet()),
                arguments("agreement", "/properties/moneyRounding/enum", AgreementReader.MONEY_ROUNDINGS.keySet()),
                arguments("agreement", "/$defs/party/properties/role/enum", AgreementReader.ROLES.keySet()),
                arguments("agreement", "/$defs/dueAfter/properties/count/enum", ObligationReader.DAY_COUNTS.keySet()),
                arguments("agreement", "/$defs/rate/properties/per/anyOf/0/enum", PenaltyReader.UNITS.keySet()),
                arguments("agreement", "/$defs/liquidatedDamages/properties/terminationBasis/enum",
                        PenaltyReader.TERMINATION_BASES.keySet()),
                arguments("agreement", "/$defs/liquidatedDamages/properties/rounding/enum", PenaltyReader.DELAY_ROUNDINGS.keySet()),
                arguments("agreement", "/$defs/liquidatedDamages/properties/type/const", PenaltyReader.TYPES.keySet()),
                arguments("agreement", "/$defs/maintenanceWindow/properties/day/enum", ServiceLevelReader.DAYS.keySet()),
                arguments("agreement", "/$defs/billingCycle/properties/weekStart/enum", ServiceLevelReader.DAYS.keySet()),
                arguments("agreement", "/$defs/billingCycle/properties/quarterStart/enum", ServiceLevelReader.MONTHS.keySet()),
                arguments("agreement", "/$defs/window/oneOf/0/enum", ObjectiveReader.WINDOWS.keySet()),
                arguments("agreement", "/$defs/availabilityObjective/properties/denominator/enum", ObjectiveReader.DENOMINATORS.keySet()),
                arguments("agreement", "/$defs/availabilityObjective/properties/outageRounding/enum", ObjectiveReader.OUTAGE_ROUNDINGS.keySet()),
                arguments("agreement", "/$defs/timeToObjective/properties/stop/enum", ObjectiveReader.STOPS.keySet()),
                arguments("agreement", "/$defs/quotaObjective/properties/scaledRounding/enum", ObjectiveReader.SCALED_ROUNDINGS.keySet()),
                arguments("agreement", "/$defs/objectiveOverride/properties/kind/enum", ObjectiveReader.KINDS.keySet()),
                arguments("timeline", "/$defs/outage/properties/kind/enum", TimelineReader.OUTAGE_KINDS.keySet()),
                arguments("timeline", "/$defs/caseEvent/properties/kind/enum", TimelineReader.CASE_EVENT_KINDS.keySet()));
    }

    @org.junit.jupiter.api.Test
    void eachObjectiveKindHasItsOwnDefinition() {
        JsonNode schema = schema("agreement");

        List<String> kinds = new ArrayList<>();
        schema.at("/$defs/objective/oneOf").forEach(ref -> kinds.add(
                schema.at(ref.get("$ref").asText().substring(1) + "/properties/kind/const").asText()));
        assertThat(kinds).containsExactlyElementsOf(ObjectiveReader.KINDS.keySet());
        ObjectiveReader.KINDS.values().forEach(kind -> assertThat(ObjectiveReader.SHAPES.get(kind).required()).contains("kind"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("words")
    void schemaListsTheWordsTheReaderAccepts(String schema, String pointer, Collection<String> words) {
        JsonNode node = schema(schema).at(pointer);

        List<String> listed = node.isArray() ? values(node) : List.of(node.asText());
        assertThat(listed).containsExactlyElementsOf(new ArrayList<>(words).stream()
                .sorted((a, b) -> listed.indexOf(a) - listed.indexOf(b)).toList());
        assertThat(new TreeSet<>(listed)).isEqualTo(new TreeSet<>(words));
    }

    static Stream<Arguments> patterns() {
        return Stream.of("agreement", "timeline").flatMap(schema -> Stream.of(
                arguments(schema, "/$defs/date/pattern", Values.DATE_PATTERN),
                arguments(schema, "/$defs/instant/pattern", Values.INSTANT_PATTERN)));
    }

    static Stream<Arguments> servicePatterns() {
        return Stream.of(
                arguments("agreement", "/$defs/timeRange/pattern", Values.TIME_RANGE_PATTERN),
                arguments("agreement", "/$defs/amount/pattern", Values.AMOUNT_PATTERN),
                arguments("history", "/$defs/date/pattern", Values.DATE_PATTERN),
                arguments("history", "/$defs/money/pattern", Values.MONEY_PATTERN),
                arguments("history", "/$defs/month/properties/month/pattern", Values.MONTH_PATTERN));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servicePatterns")
    void schemaStatesTheServiceLevelPatterns(String schema, String pointer, String pattern) {
        assertThat(schema(schema).at(pointer).asText()).isEqualTo(pattern);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("patterns")
    void schemaStatesTheReadersPatterns(String schema, String pointer, String pattern) {
        assertThat(schema(schema).at(pointer).asText()).isEqualTo(pattern);
    }

    @org.junit.jupiter.api.Test
    void agreementSchemaStatesTheMoneyAndCurrencyPatterns() {
        JsonNode schema = schema("agreement");

        assertThat(schema.at("/$defs/money/pattern").asText()).isEqualTo(Values.MONEY_PATTERN);
        assertThat(schema.at("/properties/currency/pattern").asText()).isEqualTo(Values.CURRENCY_PATTERN);
    }

    private static JsonNode schema(String name) {
        try (InputStream in = FileSchemasTest.class.getResourceAsStream("/schema/" + name + ".schema.json")) {
            assertThat(in).as("schema %s on the class path", name).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An object of the file format; sub-schemas such as an if-clause's only constrain one, and an
     * object of free keys (a map, such as an objective's pausing statuses) has no fields to compare.
     */
    private static boolean isObjectType(JsonNode node) {
        return node.path("type").asText().equals("object") && node.has("properties");
    }

    private interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    /** Visits every object node of a schema except the maps of properties and definitions themselves. */
    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (!node.isObject()) {
            return;
        }
        visitor.visit(pointer, node);
        node.properties().forEach(field -> {
            String at = pointer + "/" + field.getKey();
            if (field.getKey().equals("properties") || field.getKey().equals("$defs")) {
                field.getValue().properties().forEach(child -> walk(child.getValue(), at + "/" + child.getKey(), visitor));
            } else if (field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    walk(field.getValue().get(i), at + "/" + i, visitor);
                }
            } else {
                walk(field.getValue(), at, visitor);
            }
        });
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
}
