package io.slarules.spark;

import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaException;
import io.slarules.files.Agreements;
import io.slarules.files.DataFiles;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Subscription;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a request row ({@link SparkSchemas#REQUESTS}) into an {@link EvaluationRequest}, or into the
 * typed refusal listing every problem of the row's texts. One per partition: it keeps the
 * agreements it read, so the rows of a service-based agreement's subscribers, which repeat the
 * same agreement text, read it once.
 */
final class RequestReader {

    /** The sources problems name: the columns they come from. */
    static final String REQUEST = "request";
    static final String AGREEMENT = "agreement";
    static final String TIMELINE = "timeline";
    static final String HISTORY = "history";

    private static final int CACHED_AGREEMENTS = 64;

    /** What a row became: a request to evaluate, or why there is none. */
    record Read(String requestId, String periodText, EvaluationRequest request, SlaException failure) {
    }

    private final Map<String, Agreement> agreements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Agreement> eldest) {
            return size() > CACHED_AGREEMENTS;
        }
    };

    Read read(Row row) {
        String requestId = text(row, 0);
        String agreementText = text(row, 1);
        String timelineText = text(row, 2);
        String periodText = text(row, 3);
        String historyText = text(row, 4);
        String subscription = text(row, 5);
        String level = text(row, 6);
        List<Problem> problems = new ArrayList<>();
        if (requestId == null || requestId.isBlank()) {
            problems.add(Problem.at(REQUEST, "request", "missing: every request needs an id, unique in the input"));
        }
        if (agreementText == null || agreementText.isBlank()) {
            problems.add(Problem.at(REQUEST, "agreement", "missing: the text of an agreement file (YAML or JSON)"));
        }
        if (timelineText == null || timelineText.isBlank()) {
            problems.add(Problem.at(REQUEST, "timeline", "missing: the text of a timeline file (YAML or JSON)"));
        }
        Optional<DateRange> period = Optional.empty();
        if (periodText != null) {
            try {
                period = Optional.of(DateRange.parse(periodText.strip()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (agreementText == null || agreementText.isBlank()) {
            return failed(requestId, periodText, new InvalidInputException(null, problems));
        }
        Agreement agreement;
        try {
            agreement = agreement(agreementText, level);
        } catch (InvalidInputException e) {
            // one round: the timeline and history are checked against what of the agreement could be read
            return failed(requestId, periodText, oneRound(e, problems, agreementText, timelineText, historyText,
                    level, subscription));
        }
        try {
            if (subscription != null) {
                agreement = subscriber(agreement, subscription);
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return failed(requestId, periodText, new InvalidInputException(agreement.id(), problems));
        }
        Timeline timeline = null;
        History history = History.empty();
        if (timelineText != null && !timelineText.isBlank()) {
            try {
                timeline = Timelines.parse(timelineText, TIMELINE, isYaml(timelineText), agreement);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (historyText != null) {
            try {
                history = Histories.parse(historyText, HISTORY, isYaml(historyText), agreement);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            return failed(requestId, periodText, new InvalidInputException(agreement.id(), problems));
        }
        return new Read(requestId, periodText,
                new EvaluationRequest(agreement, period.orElse(agreement.effective()), timeline, history), null);
    }

    private Agreement agreement(String text, String level) {
        String key = level == null ? text : level + "#" + text;
        Agreement cached = agreements.get(key);
        if (cached != null) {
            return cached;
        }
        Agreement agreement = level == null ? Agreements.parse(text, AGREEMENT, isYaml(text))
                : Agreements.parseLevelled(text, AGREEMENT, isYaml(text)).resolve(level);
        agreements.put(key, agreement);
        return agreement;
    }

    private static Agreement subscriber(Agreement offering, String subscriptionId) {
        if (offering.kind() != AgreementKind.SERVICE_BASED) {
            throw InvalidInputException.of(offering.id(), Problem.at(REQUEST, "subscription",
                    "names subscription " + subscriptionId + ", but agreement " + offering.id() + " is "
                            + offering.kind() + ", not SERVICE_BASED"));
        }
        List<Subscription> subscriptions = offering.serviceLevels().subscriptions();
        Subscription subscription = subscriptions.stream().filter(s -> s.id().equals(subscriptionId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(offering.id(), Problem.at(REQUEST, "subscription",
                        "no subscription " + subscriptionId + " in agreement " + offering.id() + "; it has "
                                + (subscriptions.isEmpty() ? "none"
                                : String.join(", ", subscriptions.stream().map(Subscription::id).toList())))));
        return offering.forSubscription(subscription);
    }

    /**
     * The agreement could not be read: the timeline's and history's problems are reported with its
     * own, as {@link DataFiles#read} reports files, each problem named after its column.
     */
    private static InvalidInputException oneRound(InvalidInputException agreementProblems, List<Problem> rowProblems,
                                                  String agreementText, String timelineText, String historyText,
                                                  String level, String subscription) {
        List<Problem> problems = new ArrayList<>(rowProblems);
        boolean timeline = timelineText != null && !timelineText.isBlank() && subscription == null;
        if (!timeline && historyText == null) {
            problems.addAll(agreementProblems.problems());
            return new InvalidInputException(agreementProblems.agreementId().orElse(null), problems);
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("sla-spark-request");
            Path agreementFile = write(folder, AGREEMENT, agreementText);
            List<Path> timelineFiles = timeline ? List.of(write(folder, TIMELINE, timelineText)) : List.of();
            Optional<Path> historyFile = historyText == null ? Optional.empty()
                    : Optional.of(write(folder, HISTORY, historyText));
            try {
                DataFiles.read(agreementFile, Optional.ofNullable(level), timelineFiles, historyFile);
                problems.addAll(agreementProblems.problems());
                return new InvalidInputException(agreementProblems.agreementId().orElse(null), problems);
            } catch (InvalidInputException all) {
                Map<String, String> columns = new HashMap<>();
                columns.put(agreementFile.toString(), AGREEMENT);
                timelineFiles.forEach(f -> columns.put(f.toString(), TIMELINE));
                historyFile.ifPresent(f -> columns.put(f.toString(), HISTORY));
                all.problems().forEach(p -> problems.add(p.in(columns.getOrDefault(p.source(), p.source()))));
                return new InvalidInputException(all.agreementId().orElse(null), problems);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.addAll(agreementProblems.problems());
            return new InvalidInputException(agreementProblems.agreementId().orElse(null), problems);
        } finally {
            delete(folder);
        }
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name + (isYaml(text) ? ".yaml" : ".json"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind holds only this row's texts; nothing to report
        }
    }

    private static Read failed(String requestId, String periodText, SlaException failure) {
        return new Read(requestId, periodText, null, failure);
    }

    /** JSON when the text's first character (after white space) opens an object; YAML otherwise. */
    static boolean isYaml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c != '{';
        }
        return true;
    }

    /** The column at an index of {@link SparkSchemas#REQUESTS}: the rows a partition gets carry no schema. */
    private static String text(Row row, int index) {
        return row.isNullAt(index) ? null : row.getString(index);
    }
}
