package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.files.DataFiles;
import io.slarules.files.Timelines;
import io.slarules.internal.text.PrintableText;
import io.slarules.model.Agreement;
import io.slarules.model.timeline.Outage;
import io.slarules.model.timeline.OutageKind;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;
import io.slarules.watch.Monitor;
import io.slarules.watch.Warning;
import io.slarules.watch.WatchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code sla watch}: the warnings a monitor raises for an agreement, as of an instant, or as the
 * events of standard input arrive.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class, sortOptions = false,
        description = {"Watch an agreement live: print the warnings raised before --as-of (cases at 50 % and 75 % of"
                + " their target, availability allowances at 75 %, late dependencies naming who holds the work up,"
                + " obligations due within 2 business days, breaches; the agreement's watch term sets other thresholds).",
                "With --follow, read events from standard input, one JSON object a line in the timeline format"
                        + " ({\"outages\": [...]}, {\"cases\": [...]}, ...; {\"clock\": INSTANT} advances the clock),"
                        + " and print warnings as they arise. A fault without \"to\" is going on until a later line"
                        + " gives the same id with its \"to\"."},
        footerHeading = "%nExit status:%n",
        footer = {"0 done, 1 internal failure, 2 invalid input (every problem, one per line: source: path: message)."})
final class WatchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Io io;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "FILE", required = true,
            description = "The agreement, YAML (.yaml, .yml) or JSON (.json).")
    Path agreement;

    @Option(names = "--timeline", paramLabel = "FILE",
            description = "What happened so far, YAML or JSON; required unless --follow (then optional: events before standard input's).")
    Path timeline;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Print the warnings raised before this instant (ISO-8601, e.g. 2026-06-10T14:00:00Z); with"
                    + " --follow, the clock is advanced to it at the end of the input.")
    String asOf;

    @Option(names = "--follow", description = "Read events from standard input (JSON lines) and print warnings as they arise.")
    boolean follow;

    @Option(names = "--lateness", paramLabel = "DURATION",
            description = "With --follow: how late an event may arrive (ISO-8601, e.g. PT5M). Default: PT0S, in order.")
    String lateness;

    @Option(names = "--format", paramLabel = "text|json", converter = Format.Converter.class,
            description = "text: one line per warning (default); json: one JSON object per line.")
    Format format;

    @Mixin
    EngineOptions engine = new EngineOptions();

    WatchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!follow && asOf == null) {
            throw usage("Missing required option: '--as-of=INSTANT' (or --follow)");
        }
        if (!follow && timeline == null) {
            throw usage("Missing required option: '--timeline=FILE' (or --follow)");
        }
        if (!follow && lateness != null) {
            throw usage("--lateness goes with --follow");
        }
        Optional<Instant> until = asOf == null ? Optional.empty() : Optional.of(instant(asOf, "--as-of"));
        Duration late = lateness == null ? Duration.ZERO : duration(lateness);
        DataFiles.Inputs read = DataFiles.read(agreement, Optional.empty(), timeline == null ? List.of() : List.of(timeline),
                Optional.empty());
        Agreement watched = read.agreement();
        Format written = format == null ? Format.TEXT : format;
        Instant start = watched.effective().startInclusive().atStartOfDay(watched.zone()).toInstant();
        WatchOptions options = WatchOptions.startingAt(start).withLateness(late);
        if (follow) {
            options = options.withListener(w -> write(w, written, io.out()));
        }
        Monitor monitor = engine.engine().monitor(options);
        monitor.watch(watched, read.history());   // at the thresholds of the file's watch term
        List<TimelineEvent> known = new ArrayList<>();
        for (Timeline t : read.timelines()) {
            for (TimelineEvent e : t.events()) {
                if (follow || until.isEmpty() || happened(e, watched).isBefore(until.get())) {
                    known.add(e);
                }
            }
        }
        monitor.append(watched.id(), known);
        if (follow) {
            follow(monitor, watched);
            until.filter(i -> i.isAfter(monitor.clock())).ifPresent(i -> advance(monitor, watched, i));
            io.out().flush();
            return Main.EVALUATED;
        }
        Instant at = until.orElseThrow();
        if (at.isAfter(monitor.clock())) {
            advance(monitor, watched, at);
        }
        for (Warning w : monitor.warnings(at)) {
            write(w, written, io.out());
        }
        return Main.EVALUATED;
    }

    /** Reads events line by line: the clock goes to a line's "clock", else to its earliest event, then they are appended. */
    private void follow(Monitor monitor, Agreement watched) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        Set<String> goingOn = new TreeSet<>();
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String source = "<stdin>:" + number;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw invalid(watched, source, "", "not a JSON object: " + e.getOriginalMessage());
            }
            if (!(node instanceof ObjectNode object)) {
                throw invalid(watched, source, "", "not a JSON object");
            }
            Optional<Instant> clock = Optional.empty();
            JsonNode given = object.remove("clock");
            if (given != null) {
                try {
                    clock = Optional.of(Instant.parse(given.asText()));
                } catch (DateTimeParseException e) {
                    throw invalid(watched, source, "clock", "not an instant (ISO-8601, e.g. 2026-04-14T09:00:00Z): "
                            + given.asText());
                }
            }
            Map<String, Instant> endings = endings(object, goingOn, watched, source);
            Set<String> starting = starting(object, watched);
            List<TimelineEvent> events = List.of();
            if (object.size() > 0) {
                if (!object.has("agreement")) {
                    object.put("agreement", watched.id());
                }
                events = Timelines.parse(object.toString(), source, false, watched).events();
            }
            List<Outage> started = new ArrayList<>();
            List<TimelineEvent> appended = new ArrayList<>();
            for (TimelineEvent e : events) {
                if (e instanceof Outage o && starting.contains(o.id())) {
                    if (o.kind() != OutageKind.FAULT) {
                        throw invalid(watched, source, "outages[" + o.id() + "].to", "is required: only a fault may be"
                                + " going on (its end not known yet); planned maintenance has a planned end");
                    }
                    started.add(o);
                } else {
                    appended.add(e);
                }
            }
            Optional<Instant> earliest = java.util.stream.Stream.concat(events.stream().map(e -> happened(e, watched)),
                    endings.values().stream()).min(Comparator.naturalOrder());
            // without a clock of its own, a line's earliest event (an outage's end, when that is the news) says how
            // far time has come
            Instant to = clock.or(() -> earliest).orElse(monitor.clock());
            if (to.isAfter(monitor.clock())) {
                advance(monitor, watched, to);
            }
            try {
                monitor.append(watched.id(), appended);
                for (Outage o : started) {
                    monitor.outageStarted(watched.id(), o.id(), o.service(), o.interval().startInclusive(),
                            o.responsible().orElseThrow(), o.cause());
                    goingOn.add(o.id());
                }
                for (Map.Entry<String, Instant> end : endings.entrySet()) {
                    monitor.outageEnded(watched.id(), end.getKey(), end.getValue());
                    goingOn.remove(end.getKey());
                }
            } catch (InvalidInputException e) {
                throw new InvalidInputException(watched.id(), e.problems().stream().map(p -> p.in(source)).toList());
            }
            io.out().flush();
        }
    }

    /**
     * The outages of a line without {@code "to"}: going on. Each is given the agreement's end as its
     * {@code "to"} so the timeline reader checks the rest of it; the monitor is told it started.
     */
    private static Set<String> starting(ObjectNode line, Agreement watched) {
        Set<String> ids = new TreeSet<>();
        if (line.get("outages") instanceof ArrayNode outages) {
            String end = watched.effective().toInterval(watched.zone()).endExclusive().toString();
            for (JsonNode o : outages) {
                if (o instanceof ObjectNode outage && !outage.has("to") && outage.hasNonNull("id")) {
                    ids.add(outage.get("id").asText());
                    outage.put("to", end);
                }
            }
        }
        return ids;
    }

    /**
     * The outages of a line that end one going on (its id, with {@code "to"}): taken out of the line,
     * their ends told to the monitor.
     */
    private static Map<String, Instant> endings(ObjectNode line, Set<String> goingOn, Agreement watched, String source) {
        Map<String, Instant> ends = new TreeMap<>();
        if (line.get("outages") instanceof ArrayNode outages) {
            for (int i = outages.size() - 1; i >= 0; i--) {
                JsonNode o = outages.get(i);
                if (o instanceof ObjectNode outage && outage.hasNonNull("id") && goingOn.contains(outage.get("id").asText())
                        && outage.has("to")) {
                    String id = outage.get("id").asText();
                    try {
                        ends.put(id, Instant.parse(outage.get("to").asText()));
                    } catch (DateTimeParseException e) {
                        throw invalid(watched, source, "outages[" + id + "].to", "not an instant (ISO-8601, e.g."
                                + " 2026-04-14T09:15:00Z): " + outage.get("to").asText());
                    }
                    outages.remove(i);
                }
            }
            if (outages.isEmpty()) {
                line.remove("outages");
            }
        }
        return ends;
    }

    /**
     * Advances the clock; the one agreement watched failing (a month its events cannot settle, a
     * rule throwing) ends the run as {@code evaluate} would: exit 2 for bad input, 1 for a rule.
     */
    private static void advance(Monitor monitor, Agreement watched, Instant to) {
        monitor.advanceTo(to);
        Optional<io.slarules.SlaException> failure = monitor.failure(watched.id());
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private static Instant happened(TimelineEvent e, Agreement a) {
        if (e instanceof io.slarules.model.timeline.Fulfilment f) {
            return f.at();
        } else if (e instanceof io.slarules.model.timeline.BlockedInterval b) {
            return b.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.ForceMajeure f) {
            return f.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.Outage o) {
            return o.interval().startInclusive();
        } else if (e instanceof io.slarules.model.timeline.CaseEvent c) {
            return c.at();
        } else if (e instanceof io.slarules.model.timeline.Count c) {
            return c.at();
        }
        return ((io.slarules.model.timeline.LevelReport) e).window().startInclusive().atStartOfDay(a.zone()).toInstant();
    }

    /** One warning: a line of text, or a JSON object on a line. */
    static void write(Warning w, Format format, PrintStream out) {
        if (format == Format.JSON) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", w.id());
            node.put("kind", w.kind().name());
            node.put("agreement", w.agreement());
            node.put("subject", w.subject());
            node.put("item", w.item().orElse(null));
            node.put("instant", w.instant().toString());
            node.put("threshold", w.threshold().toPlainString());
            node.put("projectedBreach", w.projectedBreach().map(Instant::toString).orElse(null));
            node.put("heldUpBy", w.heldUpBy().orElse(null));
            node.put("heldUpFor", w.heldUpFor().toString());
            node.put("asOf", w.asOf().toString());
            node.put("message", w.message());
            node.putArray("rules").addAll(w.rules().stream().map(JSON.getNodeFactory()::textNode).toList());
            out.println(node);
        } else {
            out.println(w.instant() + "  " + w.kind() + "  " + w.subject() + w.item().map(i -> " " + i).orElse("")
                    + "  " + PrintableText.of(w.message()) + "  [" + w.id() + "]");
        }
    }

    private Instant instant(String text, String option) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw usage(option + " must be an instant (ISO-8601, e.g. 2026-06-10T14:00:00Z), not \"" + text + "\"");
        }
    }

    private Duration duration(String text) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw usage("--lateness must not be negative, not " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw usage("--lateness must be a duration (ISO-8601, e.g. PT5M), not \"" + text + "\"");
        }
    }

    private static InvalidInputException invalid(Agreement a, String source, String path, String message) {
        return new InvalidInputException(a.id(), List.of(Problem.at(source, path, message)));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
