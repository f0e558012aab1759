package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.calc.WallClock;
import io.slarules.model.Agreement;
import io.slarules.model.BlockedInterval;
import io.slarules.model.ForceMajeure;
import io.slarules.model.Fulfilment;
import io.slarules.model.Interval;
import io.slarules.model.Timeline;
import io.slarules.model.TimelineEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a timeline from the tree of a file, for one agreement whose zone gives date-only values
 * their instants: a fulfilment's date means the end of that day, an interval's dates the start.
 * Problems of an event are placed under its id ({@code fulfilments[F-3].at}), or under its index
 * when it has no readable id.
 */
final class TimelineReader {

    static final Shape TIMELINE = Shape.of(List.of("agreement"), List.of("fulfilments", "blocked", "forceMajeure"));
    static final Shape FULFILMENT = Shape.of(List.of("id", "obligation", "at"), List.of());
    static final Shape BLOCKED = Shape.of(List.of("id", "obligations", "from", "to", "responsible"), List.of("reason"));
    static final Shape FORCE_MAJEURE = Shape.of(List.of("id", "from", "to"), List.of("reason"));

    private final NodeReader reader;
    private final Reading<Instant> endOfDay;
    private final Reading<Instant> startOfDay;

    private TimelineReader(NodeReader reader, ZoneId zone) {
        this.reader = reader;
        this.endOfDay = Values.instantOrDate(date -> WallClock.endOfDay(date, zone));
        this.startOfDay = Values.instantOrDate(date -> date.atStartOfDay(zone).toInstant());
    }

    /**
     * The timeline the tree describes, checked against the agreement.
     *
     * @throws InvalidInputException naming the agreement and listing every problem, each with
     *                               {@code source} as its source
     */
    static Timeline read(JsonNode root, String source, Agreement agreement) {
        NodeReader reader = new NodeReader(source);
        TimelineReader timeline = new TimelineReader(reader, agreement.zone());
        Fields f = reader.fields(root, "", TIMELINE);
        String agreementId = f.required("agreement", Values::id);
        if (agreementId != null && !agreementId.equals(agreement.id())) {
            reader.problem("agreement", "names agreement \"" + agreementId + "\", but it is read for agreement \""
                    + agreement.id() + "\"");
            // its events are another agreement's: checking them against this one would only add noise
            throw reader.failure(agreement.id());
        }
        List<TimelineEvent> events = new ArrayList<>();
        timeline.events(f, "fulfilments", timeline::fulfilment, events);
        timeline.events(f, "blocked", timeline::blocked, events);
        timeline.events(f, "forceMajeure", timeline::forceMajeure, events);
        try {
            // the events read are checked even when others were not: each check concerns one event
            Timeline read = Timeline.of(events);
            read.requireConsistentWith(agreement);
            if (!reader.hasProblems()) {
                return read;
            }
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
        }
        throw reader.failure(agreement.id());
    }

    private void events(Fields f, String list, Nested<TimelineEvent> event, List<TimelineEvent> events) {
        List<JsonNode> elements = f.optionalElements(list);
        for (int i = 0; i < elements.size(); i++) {
            TimelineEvent read = event.read(elements.get(i), eventPath(f.path(list), elements.get(i), i));
            if (read != null) {
                events.add(read);
            }
        }
    }

    /** {@code blocked[B-1]} when the event has a readable id, {@code blocked[0]} otherwise. */
    private static String eventPath(String list, JsonNode event, int index) {
        JsonNode id = event.isObject() ? event.get("id") : null;
        if (id != null && (id.isTextual() || id.isNumber())) {
            try {
                String text = Values.id(id);
                if (!text.isBlank()) {
                    return list + "[" + text + "]";
                }
            } catch (Unreadable e) {
                // reported when the event's fields are read
            }
        }
        return NodeReader.index(list, index);
    }

    private Fulfilment fulfilment(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, FULFILMENT);
        String id = f.required("id", Values::id);
        String obligation = f.required("obligation", Values::id);
        Instant at = f.required("at", endOfDay);
        return reader.build(mark, path, () -> Fulfilment.of(id, obligation, at));
    }

    private BlockedInterval blocked(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, BLOCKED);
        String id = f.required("id", Values::id);
        List<String> obligations = f.requiredList("obligations", reader.scalar(Values::id));
        Interval interval = interval(f, path);
        String responsible = f.required("responsible", Values::id);
        String reason = f.optional("reason", Values::text, "");
        return reader.build(mark, path, () -> new BlockedInterval(id, obligations, interval, responsible, reason));
    }

    private ForceMajeure forceMajeure(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, FORCE_MAJEURE);
        String id = f.required("id", Values::id);
        Interval interval = interval(f, path);
        String reason = f.optional("reason", Values::text, "");
        return reader.build(mark, path, () -> ForceMajeure.of(id, interval, reason));
    }

    /** Checked on its own, so an interval's problem shows even when the event has others. */
    private Interval interval(Fields f, String path) {
        int mark = reader.mark();
        Instant from = f.required("from", startOfDay);
        Instant to = f.required("to", startOfDay);
        return reader.build(mark, path, () -> Interval.of(from, to));
    }
}
