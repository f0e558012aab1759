package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.Subscriber;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementDraft;
import io.slarules.model.AgreementKind;
import io.slarules.model.servicelevels.History;
import io.slarules.model.timeline.Timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an agreement file with its timeline and history files for {@link DataFiles#read}, every
 * problem of them all collected: the agreement's, then each timeline's, then the history's. A
 * timeline is checked against the agreement as far as it could be read, or for its own fields
 * when too little of the agreement could be; a history against the agreement when it is valid.
 */
final class InputsReader {

    private final Path agreementFile;
    private final List<Problem> problems = new ArrayList<>();

    private InputsReader(Path agreementFile) {
        this.agreementFile = agreementFile;
    }

    static DataFiles.Inputs read(Path agreementFile, Optional<String> level, List<Path> timelineFiles,
                                 Optional<Path> historyFile) {
        return new InputsReader(agreementFile).readAll(level, timelineFiles, historyFile);
    }

    private DataFiles.Inputs readAll(Optional<String> level, List<Path> timelineFiles, Optional<Path> historyFile) {
        Agreement agreement = null;
        AgreementDraft against = null;
        String agreementId = null;
        JsonNode root = tree(agreementFile);
        if (root != null && level.isPresent()) {
            agreement = step(() -> AgreementReader.readLevelled(root, agreementFile.toString()).resolve(level.get()),
                    agreementFile);
        } else if (root != null) {
            NodeReader reader = new NodeReader(agreementFile.toString());
            AgreementReader.Read read = AgreementReader.read(reader, root);
            problems.addAll(reader.problems());
            agreement = read.agreement();
            AgreementDraft draft = read.draft();
            boolean knownId = draft.id() != null && !reader.hasProblemAt("id");
            agreementId = knownId ? draft.id() : null;
            // dates at fault (an empty range) would put every event outside them: no check against them
            if (agreement == null && knownId && draft.zone() != null && draft.effective() != null
                    && !reader.hasProblemAt("effective") && takesOneTimeline(draft, reader)) {
                against = draft;
            }
        }
        if (agreement != null) {
            agreementId = agreement.id();
            against = AgreementDraft.of(agreement);
        }

        List<Timeline> timelines = new ArrayList<>();
        List<Subscriber> subscribers = new ArrayList<>();
        if (agreement != null && hasSubscribers(agreement) && !timelineFiles.isEmpty()) {
            Agreement offering = agreement;
            Optional.ofNullable(step(() -> Timelines.readSubscribers(timelineFiles, offering), agreementFile))
                    .ifPresent(subscribers::addAll);
        } else {
            for (Path file : timelineFiles) {
                Optional.ofNullable(timeline(file, against)).ifPresent(timelines::add);
            }
        }
        History history = History.empty();
        if (historyFile.isPresent()) {
            history = history(historyFile.get(), agreement, agreementId);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreementId, problems);
        }
        return new DataFiles.Inputs(agreement, timelines, subscribers, history);
    }

    /**
     * Whether a timeline of the agreement names it by its own id: not a multi-level agreement's
     * (a level's timeline names the level) nor a service-based one's with subscriptions (each
     * subscriber's names its subscription).
     */
    private static boolean takesOneTimeline(AgreementDraft draft, NodeReader reader) {
        return draft.kind() == AgreementKind.CUSTOMER_BASED || draft.kind() == AgreementKind.SERVICE_BASED
                && draft.serviceLevels().subscriptions().isEmpty()
                && reader.problems().stream().noneMatch(p -> p.path().startsWith("subscriptions"));
    }

    private static boolean hasSubscribers(Agreement agreement) {
        return agreement.kind() == AgreementKind.SERVICE_BASED && !agreement.serviceLevels().subscriptions().isEmpty();
    }

    private Timeline timeline(Path file, AgreementDraft against) {
        JsonNode root = tree(file);
        if (root == null) {
            return null;
        }
        NodeReader reader = new NodeReader(file.toString());
        Timeline read = TimelineReader.read(reader, root, against);
        problems.addAll(reader.problems());
        return read;
    }

    private History history(Path file, Agreement agreement, String agreementId) {
        JsonNode root = tree(file);
        if (root == null) {
            return History.empty();
        }
        NodeReader reader = new NodeReader(file.toString());
        History read = HistoryReader.read(reader, root, agreement, agreementId);
        problems.addAll(reader.problems());
        return read == null ? History.empty() : read;
    }

    /** The tree of a file; {@code null} when it cannot be read or parsed, its problem recorded. */
    private JsonNode tree(Path file) {
        return step(() -> {
            FileText text = FileText.read(file);
            return Trees.parse(text.text(), file.toString(), text.yaml());
        }, file);
    }

    /**
     * Runs a step; its problems are recorded, those the model names {@code "agreement"} placed in
     * the agreement file, those it names {@code "timeline"} or {@code "history"} in {@code file}.
     *
     * @return what the step gave, or {@code null} when it found problems
     */
    private <T> T step(Supplier<T> step, Path file) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(switch (p.source()) {
                case "agreement" -> p.in(agreementFile.toString());
                case "timeline", "history" -> p.in(file.toString());
                default -> p;
            }));
            return null;
        }
    }
}
