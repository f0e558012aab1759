package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.Denominator;
import io.slarules.model.servicelevels.LevelRounding;
import io.slarules.model.servicelevels.MeasurementWindow;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.servicelevels.WindowKind;
import io.slarules.model.timeline.CaseEventKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an objective. Its {@code kind} says which fields it has, so the kind is read first and
 * an objective of an unknown kind reports that alone: its other fields would be guesses.
 */
final class ObjectiveReader {

    static final Shape AVAILABILITY = Shape.of(List.of("kind", "id", "service", "obligated", "beneficiary", "target"),
            List.of("title", "window", "calendar", "denominator", "minimumOutage", "outageRounding", "levelRounding"));
    static final Shape TIME_TO = Shape.of(List.of("kind", "id", "service", "obligated", "beneficiary", "stop", "targets"),
            List.of("title", "window", "calendar", "pausing", "pausesMoveCaseDue"));
    static final Shape QUOTA = Shape.of(List.of("kind", "id", "metric", "obligated", "beneficiary", "target"),
            List.of("title", "window", "dependsOn", "scaledRounding"));
    static final Shape RATIO = Shape.of(List.of("kind", "id", "service", "good", "total", "obligated", "beneficiary",
            "target"), List.of("title", "window", "levelRounding"));
    static final Shape READINGS = Shape.of(List.of("kind", "id", "obligated", "beneficiary"),
            List.of("title", "window", "unit", "atLeast", "above", "atOrBelow", "below"));
    static final Shape LEVEL_ROUNDING = Shape.of(List.of("scale", "mode"), List.of());
    static final Map<String, RoundingMode> LEVEL_ROUNDINGS = AgreementReader.MONEY_ROUNDINGS;
    static final Shape CASE_TARGET = Shape.of(List.of("priority", "within"), List.of("share"));
    /** As {@link MeasurementWindow} allows; checked here so that the problem names the field. */
    private static final int MAX_ROLLING_DAYS = 366;
    static final Shape ROLLING_WINDOW = Shape.of(List.of("rollingDays"), List.of());

    /** DEADLINE is left out: deadlines are obligations, not objectives. */
    static final Map<String, MetricKind> KINDS = Values.names(List.of(MetricKind.AVAILABILITY, MetricKind.TIME_TO,
            MetricKind.QUOTA, MetricKind.RATIO, MetricKind.READINGS));
    static final Map<MetricKind, Shape> SHAPES = Map.of(MetricKind.AVAILABILITY, AVAILABILITY,
            MetricKind.TIME_TO, TIME_TO, MetricKind.QUOTA, QUOTA, MetricKind.RATIO, RATIO, MetricKind.READINGS, READINGS);
    /** The calendar windows by name; a rolling window is an object. */
    static final Map<String, MeasurementWindow> WINDOWS = windows();
    static final Map<String, Denominator> DENOMINATORS = Values.names(List.of(Denominator.values()));
    static final Map<String, CaseEventKind> STOPS = Values.names(List.of(CaseEventKind.RESPONDED, CaseEventKind.RESOLVED));
    static final Map<String, RoundingMode> OUTAGE_ROUNDINGS = AgreementReader.MONEY_ROUNDINGS;
    static final Map<String, RoundingMode> SCALED_ROUNDINGS = AgreementReader.MONEY_ROUNDINGS;
    /**
     * What a lower level of a multi-level agreement may state of an objective its parent has: its
     * id and any field of an objective, the kind included; merged over the parent's (see the
     * package documentation).
     */
    static final Shape OVERRIDE = override();

    private ObjectiveReader() {
    }

    private static Shape override() {
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        List.of(AVAILABILITY, TIME_TO, QUOTA, RATIO, READINGS).forEach(shape -> fields.addAll(shape.allowed()));
        fields.remove("id");
        return Shape.of(List.of("id"), List.copyOf(fields));
    }

    private static Map<String, MeasurementWindow> windows() {
        Map<String, MeasurementWindow> windows = new LinkedHashMap<>();
        windows.put(WindowKind.CALENDAR_MONTH.name(), MeasurementWindow.month());
        windows.put(WindowKind.CALENDAR_WEEK.name(), MeasurementWindow.week());
        windows.put(WindowKind.CALENDAR_QUARTER.name(), MeasurementWindow.quarter());
        return Collections.unmodifiableMap(windows);
    }

    static Objective objective(NodeReader reader, JsonNode node, String path) {
        if (!node.isObject()) {
            reader.problem(path, "must be an objective, an object with a kind ("
                    + String.join(", ", KINDS.keySet()) + ") and its fields, found " + Values.describe(node));
            return null;
        }
        JsonNode kindNode = node.get("kind");
        if (kindNode == null || kindNode.isNull()) {
            reader.problem(NodeReader.child(path, "kind"), "is required: one of " + String.join(", ", KINDS.keySet()));
            return null;
        }
        MetricKind kind = reader.scalar(Values.choice(KINDS)).read(kindNode, NodeReader.child(path, "kind"));
        if (kind == null) {
            return null;
        }
        int mark = reader.mark();
        Fields f = reader.fields(node, path, SHAPES.get(kind));
        String id = f.required("id", Values::id);
        String title = f.optional("title", Values::text, "");
        String obligated = f.required("obligated", Values::id);
        String beneficiary = f.required("beneficiary", Values::id);
        MeasurementWindow window = f.optional("window", (n, at) -> window(reader, n, at));
        return switch (kind) {
            case AVAILABILITY -> {
                String service = f.required("service", Values::id);
                String calendar = f.optional("calendar", Values::id);
                BigDecimal target = f.required("target", Values::percent);
                Denominator denominator = f.optional("denominator", Values.choice(DENOMINATORS));
                Duration minimumOutage = f.optional("minimumOutage", Values::duration);
                RoundingMode rounding = f.optional("outageRounding", Values.choice(OUTAGE_ROUNDINGS));
                LevelRounding level = f.optional("levelRounding", (n, at) -> levelRounding(reader, n, at));
                yield reader.build(mark, path, () -> new AvailabilityObjective(id, title, service, obligated,
                        beneficiary, window, calendar, target, denominator, minimumOutage, Optional.ofNullable(rounding),
                        level));
            }
            case TIME_TO -> {
                String service = f.required("service", Values::id);
                String calendar = f.optional("calendar", Values::id);
                CaseEventKind stop = f.required("stop", Values.choice(STOPS));
                Map<String, String> pausing = f.optional("pausing", (n, at) -> pausing(reader, n, at));
                List<CaseTarget> targets = f.requiredList("targets", (n, at) -> target(reader, n, at));
                boolean pausesMoveCaseDue = Boolean.TRUE.equals(f.optional("pausesMoveCaseDue", Values::bool, false));
                yield reader.build(mark, path, () -> new TimeToObjective(id, title, service, obligated, beneficiary,
                        window, calendar, stop, pausing, targets, pausesMoveCaseDue));
            }
            case QUOTA -> {
                String metric = f.required("metric", Values::id);
                Long target = f.required("target", Values::longValue);
                String dependsOn = f.optional("dependsOn", Values::id);
                RoundingMode scaledRounding = f.optional("scaledRounding", Values.choice(SCALED_ROUNDINGS));
                yield reader.build(mark, path, () -> new QuotaObjective(id, title, metric, obligated, beneficiary,
                        window, target, Optional.ofNullable(dependsOn), scaledRounding));
            }
            case RATIO -> {
                String service = f.required("service", Values::id);
                String good = f.required("good", Values::id);
                String total = f.required("total", Values::id);
                BigDecimal target = f.required("target", Values::percent);
                LevelRounding level = f.optional("levelRounding", (n, at) -> levelRounding(reader, n, at));
                yield reader.build(mark, path, () -> new RatioObjective(id, title, service, good, total, obligated,
                        beneficiary, window, target, level));
            }
            case READINGS -> {
                String unit = f.optional("unit", Values::text, "");
                ReadingsObjective.Limit lower = limit(reader, f, path, "above", "atLeast");
                ReadingsObjective.Limit upper = limit(reader, f, path, "below", "atOrBelow");
                if (lower == null && upper == null && reader.mark() == mark) {
                    reader.problem(path, "needs an allowed range: atLeast or above, atOrBelow or below, or both");
                }
                if (lower != null && upper != null) {
                    int c = lower.value().compareTo(upper.value());
                    if (c > 0 || c == 0 && !(lower.inclusive() && upper.inclusive())) {
                        reader.problem(f.path(lower.inclusive() ? "atLeast" : "above"), "the lower limit "
                                + lower.value().toPlainString() + " lies above the upper limit "
                                + upper.value().toPlainString() + " (or equals it with an end excluded):"
                                + " no reading could be in range");
                    }
                }
                yield reader.build(mark, path, () -> new ReadingsObjective(id, title, obligated, beneficiary, window,
                        Optional.ofNullable(lower), Optional.ofNullable(upper), unit));
            }
            case DEADLINE -> throw new IllegalStateException("SLA Rules: DEADLINE is no objective kind of a file");
        };
    }

    /** {@code CALENDAR_MONTH}, {@code CALENDAR_WEEK}, {@code CALENDAR_QUARTER} or {@code {rollingDays: N}}. */
    /** One end of a readings objective's range: the exclusive or the inclusive field, not both; none is no end. */
    private static ReadingsObjective.Limit limit(NodeReader reader, Fields f, String path, String exclusive,
                                                 String inclusive) {
        boolean excludes = f.has(exclusive);
        boolean includes = f.has(inclusive);
        if (excludes && includes) {
            reader.problem(path, "gives both " + exclusive + " and " + inclusive + "; give one of them");
            return null;
        }
        if (!excludes && !includes) {
            return null;
        }
        BigDecimal value = f.optional(excludes ? exclusive : inclusive, Values::decimal);
        return value == null ? null : new ReadingsObjective.Limit(value, includes);
    }

    private static MeasurementWindow window(NodeReader reader, JsonNode node, String path) {
        if (node.isObject()) {
            int mark = reader.mark();
            Fields f = reader.fields(node, path, ROLLING_WINDOW);
            Integer days = f.required("rollingDays", Values::intValue);
            if (days != null && (days < 1 || days > MAX_ROLLING_DAYS)) {
                reader.problem(f.path("rollingDays"), "a rolling window lasts 1 to " + MAX_ROLLING_DAYS
                        + " days, was " + days);
            }
            return reader.build(mark, path, () -> MeasurementWindow.rollingDays(days));
        }
        if (!node.isTextual()) {
            reader.problem(path, "must be one of " + String.join(", ", WINDOWS.keySet())
                    + " or {rollingDays: N}, found " + Values.describe(node));
            return null;
        }
        return reader.scalar(Values.choice(WINDOWS)).read(node, path);
    }

    /** {@code {scale: 1, mode: HALF_UP}}: the contract's rounding of an achieved level. */
    private static LevelRounding levelRounding(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, LEVEL_ROUNDING);
        Integer scale = f.required("scale", Values::intValue);
        RoundingMode mode = f.required("mode", Values.choice(LEVEL_ROUNDINGS));
        if (scale != null && (scale < 0 || scale > LevelRounding.MAX_SCALE)) {
            reader.problem(f.path("scale"), "a level keeps 0 to " + LevelRounding.MAX_SCALE + " decimals, was " + scale);
        }
        return reader.build(mark, path, () -> LevelRounding.of(scale, mode));
    }

    /** Pausing statuses, each mapped to the party the wait is attributed to. */
    private static Map<String, String> pausing(NodeReader reader, JsonNode node, String path) {
        if (!node.isObject()) {
            reader.problem(path, "must be an object of pausing statuses, each naming the party the wait is"
                    + " attributed to (e.g. {WAITING_ON_CUSTOMER: client-b}), found " + Values.describe(node));
            return null;
        }
        int mark = reader.mark();
        Map<String, String> pausing = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String party = reader.scalar(Values::id).read(entry.getValue(), NodeReader.child(path, entry.getKey()));
            if (party != null) {
                pausing.put(entry.getKey(), party);
            }
        }
        return reader.mark() == mark ? pausing : null;
    }

    private static CaseTarget target(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, CASE_TARGET);
        String priority = f.required("priority", Values::id);
        Duration within = f.required("within", Values::duration);
        BigDecimal share = f.optional("share", Values::percent);
        return reader.build(mark, path, () -> new CaseTarget(priority, within, Optional.ofNullable(share)));
    }
}
