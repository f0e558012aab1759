package io.slarules.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.calc.WallClock;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.CaseEvent;
import io.slarules.model.timeline.CaseEventKind;
import io.slarules.model.timeline.Count;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.LevelReport;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a timeline from the tree of a file, for one agreement whose zone gives date-only values
 * their instants: a fulfilment's date means the end of that day, an interval's dates (blocked,
 * force majeure, outages) and a count's date the start. Case events and announcements of
 * maintenance take instants only.
 * Problems of an event are placed under its id ({@code fulfilments[F-3].at}), or under its index
 * when it has no readable id.
 */
final class TimelineReader {

    static final Shape TIMELINE = Shape.of(List.of("agreement"),
            List.of("fulfilments", "blocked", "forceMajeure", "outages", "cases", "counts", "levels", "exchangeRates",
                    "readings"));
    static final Shape READING = Shape.of(List.of("id", "objective", "at", "value"), List.of());
    static final Shape FULFILMENT = Shape.of(List.of("id", "obligation", "at"), List.of());
    static final Shape BLOCKED = Shape.of(List.of("id", "obligations", "from", "to", "responsible"), List.of("reason"));
    static final Shape FORCE_MAJEURE = Shape.of(List.of("id", "from", "to"), List.of("reason", "affects"));
    static final Shape OUTAGE = Shape.of(List.of("id", "service", "from", "to", "kind"),
            List.of("responsible", "announced", "cause"));
    static final Shape CASE_EVENT = Shape.of(List.of("id", "case", "service", "at", "kind"), List.of("priority", "status", "due"));
    static final Shape COUNT = Shape.of(List.of("id", "metric", "at", "quantity"), List.of());
    static final Shape LEVEL = Shape.of(List.of("id", "objective", "from", "to", "level", "source"), List.of());
    static final Shape EXCHANGE_RATE = Shape.of(List.of("id", "from", "to", "rate", "date"), List.of());

    static final Map<String, OutageKind> OUTAGE_KINDS = Values.names(List.of(OutageKind.values()));
    static final Map<String, CaseEventKind> CASE_EVENT_KINDS = Values.names(List.of(CaseEventKind.values()));

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
        Timeline read = read(reader, root, AgreementDraft.of(agreement));
        if (read == null) {
            throw reader.failure(agreement.id());
        }
        return read;
    }

    /**
     * Reads the timeline the tree describes, recording every problem in {@code reader}, and checks
     * it against the agreement as far as that could be read; with no agreement to check it against
     * (one too broken to tell its id, zone or dates), checks its own fields and ids only, reading
     * its dates in UTC.
     *
     * @param against the agreement, its id, zone and effective dates known; {@code null} for none
     * @return the timeline, or {@code null} when a problem was found
     */
    static Timeline read(NodeReader reader, JsonNode root, AgreementDraft against) {
        assert against == null || against.id() != null && against.zone() != null && against.effective() != null
                : "SLA Rules: a timeline is checked against an agreement whose id, zone and dates are known";
        TimelineReader timeline = new TimelineReader(reader, against == null ? ZoneOffset.UTC : against.zone());
        Fields f = reader.fields(root, "", TIMELINE);
        String agreementId = f.required("agreement", Values::id);
        if (against != null && agreementId != null && !agreementId.equals(against.id())) {
            reader.problem("agreement", "names agreement \"" + agreementId + "\", but it is read for agreement \""
                    + against.id() + "\"");
            // its events are another agreement's: checking them against this one would only add noise
            return null;
        }
        List<TimelineEvent> events = new ArrayList<>();
        timeline.events(f, "fulfilments", timeline::fulfilment, events);
        timeline.events(f, "blocked", timeline::blocked, events);
        timeline.events(f, "forceMajeure", timeline::forceMajeure, events);
        timeline.events(f, "outages", timeline::outage, events);
        timeline.events(f, "cases", timeline::caseEvent, events);
        timeline.events(f, "counts", timeline::count, events);
        timeline.events(f, "levels", timeline::level, events);
        timeline.events(f, "readings", timeline::reading, events);
        timeline.events(f, "exchangeRates", (node, path) -> PenaltyReader.exchangeRate(reader, node, path,
                EXCHANGE_RATE, null), events);
        try {
            // the events read are checked even when others were not: each check concerns one event
            Timeline read = Timeline.of(events);
            if (against != null) {
                // a file's event outside the agreement's dates is a typing error: refused with its id
                read.eventsOutsideEffectiveDates(against.effective(), against.zone())
                        .forEach(p -> reader.problem(p.path(), p.message()));
                read.problemsWith(against).forEach(p -> reader.problem(p.path(), p.message()));
            }
            return reader.hasProblems() ? null : read;
        } catch (InvalidInputException e) {
            reader.adopt(e, "");
            return null;
        }
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
        return NodeReader.idPath(list, event, index);
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
        List<String> affects = f.optionalList("affects", reader.scalar(Values::id));
        return reader.build(mark, path, () -> new ForceMajeure(id, interval, reason, affects));
    }

    private Outage outage(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, OUTAGE);
        String id = f.required("id", Values::id);
        String service = f.required("service", Values::id);
        Interval interval = interval(f, path);
        OutageKind kind = f.required("kind", Values.choice(OUTAGE_KINDS));
        String responsible = f.optional("responsible", Values::id);
        Instant announced = f.optional("announced", Values::instant);
        String cause = f.optional("cause", Values::text, "");
        return reader.build(mark, path, () -> new Outage(id, service, interval, kind, Optional.ofNullable(responsible),
                Optional.ofNullable(announced), cause));
    }

    /** A case event's time is an instant with offset: a case's clock runs in hours, a date says too little. */
    private CaseEvent caseEvent(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, CASE_EVENT);
        String id = f.required("id", Values::id);
        String caseId = f.required("case", Values::id);
        String service = f.required("service", Values::id);
        Instant at = f.required("at", Values::instant);
        CaseEventKind kind = f.required("kind", Values.choice(CASE_EVENT_KINDS));
        String priority = f.optional("priority", Values::id);
        String status = f.optional("status", Values::text);
        Instant due = f.optional("due", Values::instant);
        return reader.build(mark, path, () -> new CaseEvent(id, caseId, service, at, kind, Optional.ofNullable(priority),
                Optional.ofNullable(status), Optional.ofNullable(due)));
    }

    /** A count on a date was made at the start of it: it belongs to the window holding that day. */
    private Count count(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, COUNT);
        String id = f.required("id", Values::id);
        String metric = f.required("metric", Values::id);
        Instant at = f.required("at", startOfDay);
        Long quantity = f.required("quantity", Values::longValue);
        return reader.build(mark, path, () -> new Count(id, metric, at, quantity));
    }

    /** A sensor's reading: an instant (a date alone is its day's start) and an exact number, of any sign. */
    private io.slarules.model.timeline.Reading reading(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, READING);
        String id = f.required("id", Values::id);
        String objective = f.required("objective", Values::id);
        Instant at = f.required("at", startOfDay);
        BigDecimal value = f.required("value", Values::decimal);
        return reader.build(mark, path, () -> new io.slarules.model.timeline.Reading(id, objective, at, value));
    }

    /** A reported level: its window is dates, as the objective's windows are. */
    private LevelReport level(JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, LEVEL);
        String id = f.required("id", Values::id);
        String objective = f.required("objective", Values::id);
        LocalDate from = f.required("from", Values::date);
        LocalDate to = f.required("to", Values::date);
        BigDecimal level = f.required("level", Values::percent);
        String source = f.required("source", Values::text);
        return reader.build(mark, path, () -> new LevelReport(id, objective, DateRange.of(from, to), level, source));
    }

    /** Checked on its own, so an interval's problem shows even when the event has others. */
    private Interval interval(Fields f, String path) {
        int mark = reader.mark();
        Instant from = f.required("from", startOfDay);
        Instant to = f.required("to", startOfDay);
        return reader.build(mark, path, () -> Interval.of(from, to));
    }
}
