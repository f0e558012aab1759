package io.slarules.testkit.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.CreditKind;
import io.slarules.InvalidInputException;
import io.slarules.files.Trees;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a scenario file strictly: unknown fields, missing fields and malformed values are each
 * reported, all at once, at their paths. The agreement and the timeline are kept as written and
 * read by sla-core's readers when the scenario runs, since refusing them may be what the scenario
 * expects.
 */
final class ScenarioReader {

    /** Fields of each object of the format, {@code true} for required ones, in the order messages list them. */
    static final Map<String, Boolean> SCENARIO = fields("agreement", false, "period", true, "expect", true,
            "description", false, "timeline", false, "history", false, "agreementSupplier", false);
    static final Map<String, Boolean> PERIOD = fields("from", true, "to", true);
    static final Map<String, Boolean> EXPECT = fields("penalties", false, "attributions", false, "objectives", false,
            "credits", false, "invalid", false);
    static final Map<String, Boolean> OBJECTIVE = fields("objective", true, "window", false, "achieved", false,
            "met", false, "lostTime", false, "shortfall", false, "cases", false, "notes", false);
    static final Map<String, Boolean> CASE = fields("case", true, "businessTime", false, "breachedAt", false);
    static final Map<String, Boolean> CREDIT = fields("clause", true, "amount", true, "kind", false, "window", false,
            "subject", false, "debtor", false, "creditor", false, "priced", false, "capped", false, "rules", false);
    static final Map<String, Boolean> PENALTY = fields("clause", true, "obligation", true, "amount", true,
            "debtor", false, "creditor", false, "priced", false, "delay", false, "capped", false,
            "terminationRight", false, "rules", false);
    static final Map<String, Boolean> ATTRIBUTION = fields("obligation", true, "total", true, "shares", true,
            "provisional", false, "rules", false);
    static final Map<String, Boolean> PROBLEM = fields("path", true, "source", false, "message", false);

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(days?|hours?|minutes?|seconds?)");

    private final Path file;
    private final String source;
    private final Tree tree;

    private ScenarioReader(Path file) {
        this.file = file;
        this.source = String.valueOf(file.getFileName());
        this.tree = new Tree(source);
    }

    /**
     * Reads a scenario file.
     *
     * @throws InvalidInputException listing every problem of the scenario file itself, its source
     *                               the file's name
     */
    static ScenarioFile read(Path file) {
        return new ScenarioReader(file).read();
    }

    private ScenarioFile read() {
        JsonNode root = parse();
        JsonNode top = tree.object(root, "", SCENARIO);
        String description = Tree.given(top, "description") ? tree.text(top.get("description"), "description") : "";
        Part agreement = Tree.given(top, "agreement") ? part(top.get("agreement"), "agreement") : null;
        Class<?> supplier = agreementSupplier(top);
        Part timeline = Tree.given(top, "timeline") ? part(top.get("timeline"), "timeline") : null;
        Part history = Tree.given(top, "history") ? part(top.get("history"), "history") : null;
        DateRange period = Tree.given(top, "period") ? period(top.get("period"), "period") : null;
        Expected.Outcome expected = Tree.given(top, "expect") ? expect(top.get("expect")) : null;
        if (!tree.problems().isEmpty()) {
            throw new InvalidInputException(null, tree.problems());
        }
        return new ScenarioFile(file, description == null ? "" : description, agreement, supplier, timeline, history,
                period, expected);
    }

    /** The file's tree, read with the strictness of the agreement files (sla-core's {@link Trees}). */
    private JsonNode parse() {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw fail("cannot be read: " + e.getMessage());
        }
        return Trees.parse(text, source, true);
    }

    private InvalidInputException fail(String message) {
        return InvalidInputException.of(null, io.slarules.Problem.at(source, "", message));
    }

    /**
     * The class named by {@code agreementSupplier}, a {@code Supplier<Agreement>} of the test code
     * with a public constructor without parameters, when the scenario names one instead of giving
     * the agreement. Scenario files are test code: agreement files never name a class.
     */
    private Class<?> agreementSupplier(JsonNode top) {
        boolean inline = Tree.given(top, "agreement");
        if (!Tree.given(top, "agreementSupplier")) {
            if (!inline && top.isObject()) {
                tree.problem("agreement", "is required: the agreement itself, the path of its file, or instead"
                        + " agreementSupplier, the class of a Supplier<Agreement> that builds it in Java");
            }
            return null;
        }
        String name = tree.text(top.get("agreementSupplier"), "agreementSupplier");
        if (name == null) {
            return null;
        }
        if (inline) {
            tree.problem("agreementSupplier", "names a class that builds the agreement, and the scenario gives the"
                    + " agreement too: give one or the other");
            return null;
        }
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(name.strip(), false, loader != null ? loader : ScenarioReader.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            tree.problem("agreementSupplier", "names class " + name + ", which is not on the test class path");
            return null;
        }
        if (!java.util.function.Supplier.class.isAssignableFrom(type)) {
            tree.problem("agreementSupplier", "names class " + name
                    + ", which does not implement java.util.function.Supplier<Agreement>");
            return null;
        }
        try {
            if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                throw new NoSuchMethodException(name);
            }
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            tree.problem("agreementSupplier", "names class " + name + ", which cannot be created: it needs to be a"
                    + " public class with a public constructor without parameters");
            return null;
        }
        return type;
    }

    /** An object written inline, or text naming a file relative to the scenario's folder. */
    private Part part(JsonNode node, String path) {
        if (node.isObject()) {
            return new Part(path, ((ObjectNode) node).deepCopy(), null, false);
        }
        if (!node.isTextual()) {
            tree.problem(path, "must be the " + path + " itself (an object) or the path of its file (text), found "
                    + Tree.describe(node));
            return null;
        }
        String reference = node.textValue();
        Path target = file.toAbsolutePath().getParent().resolve(reference).normalize();
        String name = reference.toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            tree.problem(path, "names \"" + reference + "\": expected a file ending in .yaml, .yml or .json");
            return null;
        }
        try {
            return new Part(reference, null, Files.readString(target), yaml);
        } catch (IOException e) {
            tree.problem(path, "names \"" + reference + "\", which cannot be read (looked for " + target + ")");
            return null;
        }
    }

    /** A month, {@code 2026-03}, or {@code {from, to}} with {@code to} exclusive; a period or a window. */
    private DateRange period(JsonNode node, String at) {
        if (node.isTextual()) {
            try {
                return DateRange.ofMonth(YearMonth.parse(node.textValue()));
            } catch (DateTimeException e) {
                tree.problem(at, "not a month: \"" + node.textValue() + "\" (expected 2026-03, or {from, to})");
                return null;
            }
        }
        JsonNode range = tree.object(node, at, PERIOD);
        LocalDate from = date(range, at, "from");
        LocalDate to = date(range, at, "to");
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from)) {
            tree.problem(at + ".to", "ends before it starts: " + from + " to " + to);
            return null;
        }
        return DateRange.of(from, to);
    }

    private LocalDate date(JsonNode range, String at, String field) {
        if (!Tree.given(range, field)) {
            return null;
        }
        String path = at + "." + field;
        String text = tree.text(range.get(field), path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            tree.problem(path, "not a date: \"" + text + "\" (expected yyyy-mm-dd, e.g. 2026-03-01)");
            return null;
        }
    }

    private Expected.Outcome expect(JsonNode node) {
        JsonNode expect = tree.object(node, "expect", EXPECT);
        boolean decided = Tree.given(expect, "penalties") || Tree.given(expect, "attributions")
                || Tree.given(expect, "objectives") || Tree.given(expect, "credits");
        if (Tree.given(expect, "invalid") && decided) {
            tree.problem("expect", "expects the input to be refused (invalid) and evaluated (penalties, attributions,"
                    + " objectives, credits) at once; give one or the other");
        } else if (!decided && !Tree.given(expect, "invalid") && node.isObject()) {
            tree.problem("expect", "expects nothing: give penalties, attributions, objectives, credits or invalid");
        }
        Optional<List<Expected.Penalty>> penalties = list(expect, "expect.penalties", "penalties", this::penalty);
        Optional<List<Expected.Attribution>> attributions = list(expect, "expect.attributions", "attributions",
                this::attribution);
        Optional<List<Expected.Objective>> objectives = list(expect, "expect.objectives", "objectives", this::objective);
        Optional<List<Expected.Credit>> credits = list(expect, "expect.credits", "credits", this::credit);
        Optional<List<Expected.Problem>> invalid = list(expect, "expect.invalid", "invalid", this::problem);
        if (invalid.isPresent() && invalid.get().isEmpty()) {
            tree.problem("expect.invalid", "lists no problem: a refused input has at least one");
        }
        return new Expected.Outcome(penalties, attributions, objectives, credits, invalid);
    }

    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    private <T> Optional<List<T>> list(JsonNode object, String path, String field, Element<T> element) {
        if (!Tree.given(object, field)) {
            return Optional.empty();
        }
        List<T> read = new ArrayList<>();
        List<JsonNode> nodes = tree.list(object.get(field), path);
        for (int i = 0; i < nodes.size(); i++) {
            T value = element.read(nodes.get(i), Tree.index(path, i));
            if (value != null) {
                read.add(value);
            }
        }
        return Optional.of(read);
    }

    private Expected.Penalty penalty(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode p = tree.object(node, path, PENALTY);
        String clause = optionalText(p, path, "clause");
        String obligation = optionalText(p, path, "obligation");
        Money amount = money(p, path, "amount");
        Optional<String> debtor = Optional.ofNullable(optionalText(p, path, "debtor"));
        Optional<String> creditor = Optional.ofNullable(optionalText(p, path, "creditor"));
        Optional<Money> priced = Optional.ofNullable(money(p, path, "priced"));
        Long delay = Tree.given(p, "delay") ? tree.whole(p.get("delay"), Tree.child(path, "delay")) : null;
        Optional<Boolean> capped = bool(p, path, "capped");
        Optional<Boolean> termination = bool(p, path, "terminationRight");
        List<String> rules = texts(p, path, "rules");
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Penalty(path, clause, obligation, amount, debtor, creditor, priced,
                delay == null ? OptionalLong.empty() : OptionalLong.of(delay), capped, termination, rules);
    }

    private Expected.Attribution attribution(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode a = tree.object(node, path, ATTRIBUTION);
        String obligation = optionalText(a, path, "obligation");
        Duration total = duration(a, path, "total");
        Map<String, Duration> shares = durations(a, path, "shares");
        Optional<Boolean> provisional = bool(a, path, "provisional");
        List<String> rules = texts(a, path, "rules");
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Attribution(path, obligation, total, shares, provisional, rules);
    }

    private Expected.Objective objective(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode o = tree.object(node, path, OBJECTIVE);
        String objective = optionalText(o, path, "objective");
        Optional<DateRange> window = Tree.given(o, "window")
                ? Optional.ofNullable(period(o.get("window"), Tree.child(path, "window"))) : Optional.empty();
        Optional<BigDecimal> achieved = Optional.empty();
        if (Tree.given(o, "achieved")) {
            String text = tree.text(o.get("achieved"), Tree.child(path, "achieved"));
            try {
                achieved = Optional.ofNullable(text).map(BigDecimal::new);
            } catch (NumberFormatException e) {
                tree.problem(Tree.child(path, "achieved"), "not a number: \"" + text + "\" (expected e.g. 99.95 or 180)");
            }
        }
        Map<String, Duration> lostTime = durations(o, path, "lostTime");
        Long shortfall = Tree.given(o, "shortfall") ? tree.whole(o.get("shortfall"), Tree.child(path, "shortfall")) : null;
        List<Expected.Case> cases = list(o, Tree.child(path, "cases"), "cases", this::kase).orElse(List.of());
        List<String> notes = texts(o, path, "notes");
        Optional<Boolean> met = bool(o, path, "met");
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Objective(path, objective, window, achieved, met, lostTime,
                shortfall == null ? OptionalLong.empty() : OptionalLong.of(shortfall), cases, notes);
    }

    private Expected.Case kase(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode c = tree.object(node, path, CASE);
        String caseId = optionalText(c, path, "case");
        Optional<Duration> businessTime = Optional.ofNullable(duration(c, path, "businessTime"));
        Optional<Optional<Instant>> breachedAt = Optional.empty();
        if (Tree.given(c, "breachedAt")) {
            String text = tree.text(c.get("breachedAt"), Tree.child(path, "breachedAt"));
            if ("none".equals(text)) {
                breachedAt = Optional.of(Optional.empty());
            } else if (text != null) {
                try {
                    breachedAt = Optional.of(Optional.of(OffsetDateTime.parse(text).toInstant()));
                } catch (DateTimeException e) {
                    tree.problem(Tree.child(path, "breachedAt"), "not an instant: \"" + text
                            + "\" (expected e.g. 2026-04-08T11:00:00+02:00, or none)");
                }
            }
        }
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Case(path, caseId, businessTime, breachedAt);
    }

    private Expected.Credit credit(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode c = tree.object(node, path, CREDIT);
        String clause = optionalText(c, path, "clause");
        Money amount = money(c, path, "amount");
        Optional<CreditKind> kind = Optional.empty();
        String kindText = optionalText(c, path, "kind");
        if (kindText != null) {
            try {
                kind = Optional.of(CreditKind.valueOf(kindText));
            } catch (IllegalArgumentException e) {
                tree.problem(Tree.child(path, "kind"), "not a kind of credit: \"" + kindText + "\" (expected one of "
                        + java.util.Arrays.toString(CreditKind.values()) + ")");
            }
        }
        Optional<DateRange> window = Tree.given(c, "window")
                ? Optional.ofNullable(period(c.get("window"), Tree.child(path, "window"))) : Optional.empty();
        Optional<String> subject = Optional.ofNullable(optionalText(c, path, "subject"));
        Optional<String> debtor = Optional.ofNullable(optionalText(c, path, "debtor"));
        Optional<String> creditor = Optional.ofNullable(optionalText(c, path, "creditor"));
        Optional<Money> priced = Optional.ofNullable(money(c, path, "priced"));
        Optional<Boolean> capped = bool(c, path, "capped");
        List<String> rules = texts(c, path, "rules");
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Credit(path, clause, kind, window, subject, amount, debtor, creditor, priced, capped, rules);
    }

    /** A map of party id (or EXCUSED) to a duration, e.g. {@code {client-b: 21 days}}; empty when not given. */
    private Map<String, Duration> durations(JsonNode object, String path, String field) {
        Map<String, Duration> durations = new LinkedHashMap<>();
        if (Tree.given(object, field)) {
            String at = Tree.child(path, field);
            JsonNode map = object.get(field);
            if (!map.isObject()) {
                tree.problem(at, "must map each responsible party (or EXCUSED) to a duration, e.g. {client-b: 21 days},"
                        + " found " + Tree.describe(map));
            } else {
                for (var entry : map.properties()) {
                    Duration d = duration(map, at, entry.getKey());
                    if (d != null) {
                        durations.put(entry.getKey(), d);
                    }
                }
            }
        }
        return durations;
    }

    private Expected.Problem problem(JsonNode node, String path) {
        int before = tree.problems().size();
        JsonNode p = tree.object(node, path, PROBLEM);
        String field = optionalText(p, path, "path");
        Optional<String> source = Optional.ofNullable(optionalText(p, path, "source"));
        Optional<String> message = Optional.ofNullable(optionalText(p, path, "message"));
        if (tree.problems().size() > before) {
            return null;
        }
        return new Expected.Problem(path, source, field, message);
    }

    private String optionalText(JsonNode object, String path, String field) {
        return Tree.given(object, field) ? tree.text(object.get(field), Tree.child(path, field)) : null;
    }

    private Optional<Boolean> bool(JsonNode object, String path, String field) {
        return Tree.given(object, field) ? Optional.ofNullable(tree.bool(object.get(field), Tree.child(path, field)))
                : Optional.empty();
    }

    private List<String> texts(JsonNode object, String path, String field) {
        List<String> values = new ArrayList<>();
        if (Tree.given(object, field)) {
            String at = Tree.child(path, field);
            List<JsonNode> nodes = tree.list(object.get(field), at);
            for (int i = 0; i < nodes.size(); i++) {
                String text = tree.text(nodes.get(i), Tree.index(at, i));
                if (text != null) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    private Money money(JsonNode object, String path, String field) {
        if (!Tree.given(object, field)) {
            return null;
        }
        String at = Tree.child(path, field);
        JsonNode node = object.get(field);
        if (!node.isTextual()) {
            tree.problem(at, "must be an amount and a currency code in text, e.g. \"4000.00 EUR\", found "
                    + Tree.describe(node));
            return null;
        }
        try {
            return Money.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            tree.problem(at, "not an amount of money: \"" + node.textValue() + "\" (expected e.g. \"4000.00 EUR\")");
            return null;
        }
    }

    private Duration duration(JsonNode object, String path, String field) {
        if (!Tree.given(object, field)) {
            return null;
        }
        String at = Tree.child(path, field);
        JsonNode node = object.get(field);
        Optional<Duration> d = node.isTextual() ? parseDuration(node.textValue()) : Optional.empty();
        if (d.isEmpty()) {
            tree.problem(at, "not a duration: " + Tree.describe(node)
                    + " (expected e.g. \"21 days\", \"5 days 18 hours\", \"90 minutes\" or ISO 8601 \"P21D\")");
        }
        return d.orElse(null);
    }

    /** {@code 21 days}, {@code 5 days 18 hours}, {@code 1 hour 30 minutes}, or ISO 8601 ({@code P21D}, {@code PT5H}). */
    static Optional<Duration> parseDuration(String text) {
        String t = text.strip();
        if (t.startsWith("P") || t.startsWith("-P")) {
            try {
                return Optional.of(Duration.parse(t));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = DURATION_PART.matcher(t);
        Duration total = Duration.ZERO;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2);
            total = total.plus(unit.startsWith("day") ? Duration.ofDays(n) : unit.startsWith("hour") ? Duration.ofHours(n)
                    : unit.startsWith("minute") ? Duration.ofMinutes(n) : Duration.ofSeconds(n));
            end = m.end();
            any = true;
        }
        return any && t.substring(end).isBlank() ? Optional.of(total) : Optional.empty();
    }

    private static Map<String, Boolean> fields(Object... nameAndRequired) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameAndRequired.length; i += 2) {
            fields.put((String) nameAndRequired[i], (Boolean) nameAndRequired[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }
}
