package io.slarules.testkit.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A scenario file: an agreement (inline, the path of its file, or built in Java by the
 * {@code Supplier<Agreement>} class its {@code agreementSupplier} names), a timeline (likewise; none means
 * nothing happened), a history of earlier evaluations (likewise; none means none), the period to
 * evaluate and what is expected: the decisions with their exact amounts, the attributions with
 * their shares, the objective results (level, met, lost time by party, cases) and the credits, or
 * the refusal of the input with the field paths of its problems. The format is documented in the test kit's README and described by the
 * JSON Schema {@code schema/scenario.schema.json} on the class path.
 *
 * <pre>{@code
 * ScenarioFile.read(Path.of("src/test/resources/scenarios/late-specification.yaml")).run(engine);
 * }</pre>
 *
 * <p>The agreement and timeline parts are read by sla-core's own readers, as strictly as their
 * files: an inline part names {@code agreement} or {@code timeline} as the source of its problems,
 * a part in a file of its own the path as the scenario writes it. An inline timeline may leave out
 * its {@code agreement} field, and so may an inline history.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // amounts and percentages reach sla-core's reader with the digits the scenario wrote
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final String description;
    private final Part agreement;
    private final Class<?> agreementSupplier;
    private final Part timeline;
    private final Part history;
    private final DateRange period;
    private final Expected.Outcome expected;

    ScenarioFile(Path file, String description, Part agreement, Class<?> agreementSupplier, Part timeline,
                 Part history, DateRange period, Expected.Outcome expected) {
        this.file = file;
        this.description = description;
        this.agreement = agreement;
        this.agreementSupplier = agreementSupplier;
        this.timeline = timeline;
        this.history = history;
        this.period = period;
        this.expected = expected;
    }

    /**
     * Reads a scenario file, strictly: an unknown field, a missing one or a malformed value is each
     * reported. The agreement and the timeline are read when the scenario runs.
     *
     * @throws InvalidInputException listing every problem of the scenario file, its source the
     *                               file's name
     * @param file the scenario file
     * @return the scenario, ready to run
     */
    public static ScenarioFile read(Path file) {
        Objects.requireNonNull(file, "file");
        return ScenarioReader.read(file);
    }

    /** {@return the file's name, which names the scenario} */
    public String name() {
        return String.valueOf(file.getFileName());
    }

    /** {@return the file} */
    public Path file() {
        return file;
    }

    /** {@return what the scenario is about, as its {@code description} says; may be empty} */
    public String description() {
        return description;
    }

    /** {@return the period evaluated} */
    public DateRange period() {
        return period;
    }

    /**
     * Runs the scenario: reads its agreement and timeline, evaluates them with {@code engine} and
     * checks every expectation.
     *
     * @throws AssertionError listing each expectation that failed (at its path in the file, e.g.
     *                        {@code expect.penalties[0]}) with the expected and the actual value
     *                        and the explanation; a single failure keeps its expected and actual
     *                        values for an IDE's diff
     * @param engine the engine that evaluates
     */
    public void run(SlaEngine engine) {
        Objects.requireNonNull(engine, "engine");
        Evaluation evaluation;
        try {
            Agreement a = agreement();
            Timeline t = timeline(a);
            History h = history(a);
            evaluation = engine.evaluate(a, period, t, h);
        } catch (InvalidInputException refused) {
            ScenarioCheck.refused(this, expected, refused);
            return;
        }
        ScenarioCheck.evaluated(this, expected, evaluation);
    }

    private Agreement agreement() {
        if (agreementSupplier != null) {
            return supplied();
        }
        if (agreement.inline() != null) {
            return Agreements.parse(json(agreement.inline()), agreement.source(), false);
        }
        return Agreements.parse(agreement.text(), agreement.source(), agreement.yaml());
    }

    private Timeline timeline(Agreement a) {
        if (timeline == null) {
            return Timeline.empty();
        }
        if (timeline.inline() != null) {
            return Timelines.parse(json(named(timeline.inline(), a)), timeline.source(), false, a);
        }
        return Timelines.parse(timeline.text(), timeline.source(), timeline.yaml(), a);
    }

    private History history(Agreement a) {
        if (history == null) {
            return History.empty();
        }
        if (history.inline() != null) {
            return Histories.parse(json(named(history.inline(), a)), history.source(), false, a);
        }
        return Histories.parse(history.text(), history.source(), history.yaml(), a);
    }

    /**
     * The agreement the scenario's {@code agreementSupplier} builds; an {@link InvalidInputException}
     * it throws is the refusal a scenario may expect.
     */
    private Agreement supplied() {
        String named = "scenario " + name() + ": agreementSupplier " + agreementSupplier.getName();
        Object supplied;
        try {
            supplied = ((Supplier<?>) agreementSupplier.getConstructor().newInstance()).get();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new IllegalStateException(named + " could not be created: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(named + " could not be created: " + e, e);
        }
        if (!(supplied instanceof Agreement a)) {
            throw new IllegalStateException(named + " supplied " + (supplied == null ? "null"
                    : "a " + supplied.getClass().getName()) + ", not an io.slarules.model.Agreement");
        }
        return a;
    }

    /** An inline timeline or history, its agreement field the scenario's agreement when left out. */
    private static ObjectNode named(ObjectNode node, Agreement a) {
        if (node.has("agreement")) {
            return node;
        }
        ObjectNode named = JSON.createObjectNode().put("agreement", a.id());
        named.setAll(node);
        return named;
    }

    private static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA Rules test kit: a tree read from YAML cannot be written as JSON", e);
        }
    }

    /** The heading of a failure: the file and what it is about. */
    String heading() {
        return "Scenario " + name() + (description.isBlank() ? "" : " (" + description.strip() + ")");
    }

    @Override
    public String toString() {
        return heading();
    }
}
