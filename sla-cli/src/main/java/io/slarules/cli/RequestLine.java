package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Subscriber;
import io.slarules.files.Agreements;
import io.slarules.files.DataFiles;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a request stream ({@code sla evaluate --requests FILE}): a JSON object naming the
 * files of one evaluation, paths relative to the stream's folder (the working directory for
 * standard input):
 *
 * <pre>{@code
 * {"agreement": "northwind-agreement.yaml", "timeline": "northwind-timeline.yaml", "period": "2026-04"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code agreement} (required): the agreement file;</li>
 *   <li>{@code timeline}: its timeline file; or {@code timelines}: one file per subscription of a
 *       service-based agreement, each evaluated as a request of its own;</li>
 *   <li>{@code period}: a month {@code "2026-04"} or {@code {"from": "2026-04-01", "to": "2026-05-01"}}
 *       ({@code to} exclusive); without it, the agreement's whole effective period;</li>
 *   <li>{@code history}: what earlier evaluations decided, a history file;</li>
 *   <li>{@code level}: the level of a multi-level agreement.</li>
 * </ul>
 */
final class RequestLine {

    private static final Set<String> FIELDS = Set.of("agreement", "timeline", "timelines", "period", "history", "level");
    /** Agreements read, by file: a stream of thousands of requests usually names a few agreements many times. */
    private static final int CACHED_AGREEMENTS = 256;

    private final ObjectMapper json = new ObjectMapper();
    private final Path folder;
    private final Map<String, Agreement> agreements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Agreement> eldest) {
            return size() > CACHED_AGREEMENTS;
        }
    };

    /** One request read from a line, with the files its problems are named after. */
    record Read(EvaluationRequest request, Path agreementFile, Path timelineFile, Optional<Path> historyFile) {
    }

    RequestLine(Path folder) {
        this.folder = folder;
    }

    /**
     * The requests of a line: one, or one per subscriber of a service-based agreement.
     *
     * @param source how problems name the line, e.g. {@code requests.jsonl:3}
     * @throws InvalidInputException listing every problem of the line and of the files it names
     */
    List<Read> read(String line, String source) {
        JsonNode root;
        try {
            root = json.readTree(line);
        } catch (Exception e) {
            throw invalid(source, "", "not a JSON object: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw invalid(source, "", "not a JSON object");
        }
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.at(source, name, "unknown field; expected " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        Path agreementFile = path(root, "agreement", source, problems, true);
        List<Path> timelineFiles = timelines(root, source, problems);
        Optional<Path> historyFile = Optional.ofNullable(path(root, "history", source, problems, false));
        Optional<String> level = text(root, "level", source, problems);
        Optional<DateRange> period = period(root.get("period"), source, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        Agreement agreement;
        try {
            agreement = agreement(agreementFile, level);
        } catch (InvalidInputException e) {
            // one round: the timelines and history are checked against what of the agreement could be read
            DataFiles.read(agreementFile, level, timelineFiles, historyFile);
            throw e;
        }
        DateRange settled = period.orElse(agreement.effective());
        boolean subscribers = agreement.kind() == AgreementKind.SERVICE_BASED
                && !agreement.serviceLevels().subscriptions().isEmpty();
        if (subscribers) {
            if (historyFile.isPresent()) {
                throw invalid(source, "history", "a service-based agreement's subscribers each have a history of their"
                        + " own; history is not supported for them yet");
            }
            List<Subscriber> read = Evaluator.inFiles(() -> Timelines.readSubscribers(timelineFiles, agreement),
                    agreementFile, null, null);
            return read.stream().map(s -> new Read(EvaluationRequest.forSubscriber(agreement, settled, s), agreementFile,
                    null, Optional.empty())).toList();
        }
        if (timelineFiles.size() != 1) {
            throw invalid(source, "timelines", timelineFiles.size() + " timelines: only a service-based agreement's"
                    + " subscriptions have a timeline each");
        }
        Path timelineFile = timelineFiles.get(0);
        List<Problem> fileProblems = new ArrayList<>();
        io.slarules.model.timeline.Timeline timeline = null;
        History history = History.empty();
        try {
            timeline = Timelines.read(timelineFile, agreement);
        } catch (InvalidInputException e) {
            fileProblems.addAll(e.problems());
        }
        try {
            history = historyFile.map(f -> Histories.read(f, agreement)).orElse(History.empty());
        } catch (InvalidInputException e) {
            fileProblems.addAll(e.problems());
        }
        if (!fileProblems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), fileProblems);
        }
        return List.of(new Read(new EvaluationRequest(agreement, settled, timeline, history), agreementFile, timelineFile,
                historyFile));
    }

    private Agreement agreement(Path file, Optional<String> level) {
        String key = file.toAbsolutePath().normalize() + level.map(l -> "#" + l).orElse("");
        Agreement cached = agreements.get(key);
        if (cached != null) {
            return cached;
        }
        Agreement agreement = level
                .map(l -> Evaluator.inFiles(() -> Agreements.readLevelled(file).resolve(l), file, null, null))
                .orElseGet(() -> Agreements.read(file));
        agreements.put(key, agreement);
        return agreement;
    }

    private List<Path> timelines(JsonNode root, String source, List<Problem> problems) {
        JsonNode one = root.get("timeline");
        JsonNode many = root.get("timelines");
        if (one != null && many != null) {
            problems.add(Problem.at(source, "timelines", "give timeline or timelines, not both"));
            return List.of();
        }
        if (many == null) {
            Path timeline = path(root, "timeline", source, problems, true);
            return timeline == null ? List.of() : List.of(timeline);
        }
        if (!many.isArray() || many.isEmpty()) {
            problems.add(Problem.at(source, "timelines", "expected a non-empty array of file paths"));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < many.size(); i++) {
            if (!many.get(i).isTextual() || many.get(i).asText().isBlank()) {
                problems.add(Problem.at(source, "timelines[" + i + "]", "expected a file path"));
            } else {
                files.add(folder.resolve(many.get(i).asText()));
            }
        }
        return files;
    }

    private Path path(JsonNode root, String field, String source, List<Problem> problems, boolean required) {
        Optional<String> value = text(root, field, source, problems);
        if (value.isEmpty()) {
            if (required && !root.has(field)) {
                problems.add(Problem.at(source, field, "missing: the path of the " + field + " file"));
            }
            return null;
        }
        return folder.resolve(value.get());
    }

    private static Optional<String> text(JsonNode root, String field, String source, List<Problem> problems) {
        JsonNode node = root.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(Problem.at(source, field, "expected a non-empty string"));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    private static Optional<DateRange> period(JsonNode node, String source, List<Problem> problems) {
        if (node == null) {
            return Optional.empty();
        }
        try {
            if (node.isTextual()) {
                return Optional.of(DateRange.ofMonth(YearMonth.parse(node.asText())));
            }
            if (node.isObject() && node.size() == 2 && node.path("from").isTextual() && node.path("to").isTextual()) {
                LocalDate from = LocalDate.parse(node.get("from").asText());
                LocalDate to = LocalDate.parse(node.get("to").asText());
                if (!to.isAfter(from)) {
                    problems.add(Problem.at(source, "period.to", to + " must be after from " + from + " (to is exclusive)"));
                    return Optional.empty();
                }
                return Optional.of(DateRange.of(from, to));
            }
        } catch (DateTimeException e) {
            problems.add(Problem.at(source, "period", "malformed: " + e.getMessage()));
            return Optional.empty();
        }
        problems.add(Problem.at(source, "period", "expected a month \"YYYY-MM\" or {\"from\": \"YYYY-MM-DD\","
                + " \"to\": \"YYYY-MM-DD\"}"));
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static InvalidInputException invalid(String source, String path, String message) {
        return InvalidInputException.of(null, Problem.at(source, path, message));
    }
}
