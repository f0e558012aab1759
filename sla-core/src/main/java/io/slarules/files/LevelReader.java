package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.model.AgreementLevel;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the levels of a multi-level agreement. A level states the service-level sections it adds
 * or overrides. An objective or credit clause whose id a level above already has may be partial,
 * e.g. {@code {id: AVAIL, target: 99.9}}: it is merged over the nearest level above's before it is
 * read. The merge is one level deep: each key given replaces the one above whole (a list, such as
 * {@code bands}, replaces the whole list; an object, such as {@code pausing}, the whole object); a
 * key given as {@code null} drops the inherited value. Services and calendars are replaced whole.
 *
 * <p>A level whose parent is unknown, or whose parents form a cycle, is reported and its terms are
 * not read: what they inherit is unknown.
 */
final class LevelReader {

    static final Shape LEVEL = Shape.of(List.of("id"), List.of("name", "parent", "minimums", "services", "calendars",
            "maintenance", "objectives", "credits", "caps"));

    /** A level as the file states it, before its terms are read. */
    private record Stated(String id, String path, Fields fields, String name, String parent, List<String> minimums) {
    }

    /** The objective and clause nodes in force at a level, merged: its own and those it inherits; null where unreadable. */
    private record Nodes(Map<String, JsonNode> objectives, Map<String, JsonNode> credits) {
        static Nodes none() {
            return new Nodes(new HashMap<>(), new HashMap<>());
        }

        Nodes copy() {
            return new Nodes(new HashMap<>(objectives), new HashMap<>(credits));
        }
    }

    private final NodeReader reader;
    private final Map<String, Stated> byId = new LinkedHashMap<>();
    private final Map<String, Nodes> resolved = new HashMap<>();
    private final Map<String, AgreementLevel> levels = new HashMap<>();

    private LevelReader(NodeReader reader) {
        this.reader = reader;
    }

    /** The levels of the agreement whose fields {@code f} are, in the file's order; those with problems left out. */
    static List<AgreementLevel> levels(NodeReader reader, Fields f) {
        return new LevelReader(reader).read(f);
    }

    private List<AgreementLevel> read(Fields f) {
        List<JsonNode> elements = f.optionalElements("levels");
        for (int i = 0; i < elements.size(); i++) {
            String path = NodeReader.idPath(f.path("levels"), elements.get(i), i);
            Fields level = reader.fields(elements.get(i), path, LEVEL);
            String id = level.required("id", Values::id);
            String name = level.optional("name", Values::text);
            String parent = level.optional("parent", Values::id);
            List<String> minimums = level.optionalList("minimums", reader.scalar(Values::id));
            if (id == null) {
                continue;
            }
            if (byId.containsKey(id)) {
                reader.problem(level.path("id"), "duplicate level id " + id);
                continue;
            }
            byId.put(id, new Stated(id, path, level, name, parent, minimums));
        }
        for (Stated level : byId.values()) {
            if (level.parent() != null && !byId.containsKey(level.parent())) {
                reader.problem(level.fields().path("parent"), "unknown parent level " + level.parent());
            }
        }
        for (Stated level : byId.values()) {
            if (chain(level.id()) == null) {
                reader.problem(level.fields().path("parent"), "inheritance cycle through level " + level.id());
            }
        }
        List<AgreementLevel> read = new ArrayList<>();
        for (Stated level : byId.values()) {
            List<String> chain = chain(level.id());
            if (chain != null && chain.stream().allMatch(byId::containsKey)) {
                chain.forEach(this::resolve);
                Optional.ofNullable(levels.get(level.id())).ifPresent(read::add);
            }
        }
        return read;
    }

    /** The level ids from the top down to {@code id}, an unknown parent included; null on a cycle. */
    private List<String> chain(String id) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = id;
        while (at != null) {
            if (!seen.add(at)) {
                return null;
            }
            chain.add(0, at);
            Stated level = byId.get(at);
            at = level == null ? null : level.parent();
        }
        return chain;
    }

    /** Reads a level's terms, its parent's already read. */
    private void resolve(String id) {
        if (resolved.containsKey(id)) {
            return;
        }
        Stated level = byId.get(id);
        Nodes inherited = level.parent() == null ? Nodes.none() : resolved.get(level.parent());
        Nodes nodes = inherited.copy();
        resolved.put(id, nodes);
        int mark = reader.mark();
        Fields f = level.fields();
        Set<String> own = new TreeSet<>();
        ServiceLevels terms = ServiceLevelReader.sections(reader, f, level.path(),
                (node, at) -> objective(node, f.path("objectives"), at, inherited, nodes, own),
                (node, at) -> credit(node, f.path("credits"), at, inherited, nodes),
                List.of());
        List<String> minimums = level.minimums();
        for (int i = 0; i < minimums.size(); i++) {
            if (!own.contains(minimums.get(i))) {
                reader.problem(NodeReader.index(f.path("minimums"), i), "the level states no objective "
                        + minimums.get(i) + ": a level's minimums are targets of objectives it states");
            }
        }
        AgreementLevel read = reader.build(mark, level.path(), () -> new AgreementLevel(id, level.name(),
                Optional.ofNullable(level.parent()), terms, Set.copyOf(minimums)));
        if (read != null) {
            levels.put(id, read);
        }
    }

    private Objective objective(JsonNode node, String list, String indexPath, Nodes inherited, Nodes nodes,
                                Set<String> own) {
        String path = idPath(list, node, indexPath);
        String id = id(node);
        JsonNode merged = merged(node, path, id, inherited.objectives(), ObjectiveReader.OVERRIDE);
        Objective objective = merged == null ? null : ObjectiveReader.objective(reader, merged, path);
        if (id != null) {
            nodes.objectives().put(id, objective == null ? null : merged);
            own.add(id);
        }
        return objective;
    }

    private ServiceCredit credit(JsonNode node, String list, String indexPath, Nodes inherited, Nodes nodes) {
        String path = idPath(list, node, indexPath);
        String id = id(node);
        JsonNode merged = merged(node, path, id, inherited.credits(), CreditReader.OVERRIDE);
        ServiceCredit credit = merged == null ? null : CreditReader.credit(reader, merged, path);
        if (id != null) {
            nodes.credits().put(id, credit == null ? null : merged);
        }
        return credit;
    }

    /**
     * The node merged over the one a level above has for the same id; the node itself when no
     * level above has one; null when the one above was unreadable (already reported) or the
     * partial node names a field no objective or clause has (reported here).
     */
    private JsonNode merged(JsonNode node, String path, String id, Map<String, JsonNode> above, Shape partial) {
        if (id == null || !above.containsKey(id)) {
            return node;
        }
        JsonNode base = above.get(id);
        if (base == null) {
            return null;
        }
        int mark = reader.mark();
        reader.fields(node, path, partial);
        if (reader.mark() > mark) {
            return null;
        }
        ObjectNode merged = ((ObjectNode) base).deepCopy();
        node.properties().forEach(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    /** {@code objectives[AVAIL]} for a node with a readable id, its index path otherwise. */
    private static String idPath(String list, JsonNode node, String indexPath) {
        String id = id(node);
        return id == null ? indexPath : list + "[" + id + "]";
    }

    private static String id(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        if (id == null || !(id.isTextual() || id.isNumber())) {
            return null;
        }
        try {
            String text = Values.id(id);
            return text.isBlank() ? null : text;
        } catch (Unreadable e) {
            return null;
        }
    }
}
