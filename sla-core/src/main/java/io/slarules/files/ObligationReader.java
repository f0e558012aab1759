package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;

import java.util.List;
import java.util.Map;

/** Reads an obligation and the three forms of its due date. */
final class ObligationReader {

    static final Shape OBLIGATION = Shape.of(List.of("id", "owner", "beneficiary", "due"),
            List.of("description", "dependsOn"));
    static final Shape DUE_AFTER = Shape.of(List.of("after", "days"), List.of("count"));

    static final Map<String, DayCount> DAY_COUNTS = Values.names(List.of(DayCount.values()));

    private ObligationReader() {
    }

    static Obligation obligation(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, OBLIGATION);
        String id = f.required("id", Values::id);
        String owner = f.required("owner", Values::id);
        String beneficiary = f.required("beneficiary", Values::id);
        String description = f.optional("description", Values::text, "");
        Due due = f.required("due", (value, at) -> due(reader, value, path));
        List<String> dependsOn = f.optionalList("dependsOn", reader.scalar(Values::id));
        return reader.build(mark, path, () -> new Obligation(id, owner, beneficiary, description, due, dependsOn));
    }

    /**
     * A date, an instant with offset, or {@code {after, days, count}}. Takes the obligation's path,
     * not the due date's, because a due date's own checks name their fields {@code due.days}.
     */
    private static Due due(NodeReader reader, JsonNode node, String obligationPath) {
        String path = NodeReader.child(obligationPath, "due");
        if (node.isObject()) {
            int mark = reader.mark();
            Fields f = reader.fields(node, path, DUE_AFTER);
            String after = f.required("after", Values::id);
            Integer days = f.required("days", Values::intValue);
            DayCount count = f.optional("count", Values.choice(DAY_COUNTS), DayCount.CALENDAR);
            return reader.build(mark, obligationPath, () -> Due.after(after, days, count));
        }
        return reader.scalar(ObligationReader::fixedDue).read(node, path);
    }

    private static Due fixedDue(JsonNode node) throws Unreadable {
        if (!node.isTextual()) {
            throw new Unreadable("must be a date (2026-03-02), an instant with offset (2026-03-02T17:00:00Z)"
                    + " or an object {after, days, count}, found " + Values.describe(node));
        }
        String text = node.textValue();
        return Values.isDate(text) ? Due.onDate(Values.parseDate(text)) : Due.at(Values.instant(text));
    }
}
