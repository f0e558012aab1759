package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.files.Agreements;
import io.slarules.files.DataFiles;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The agreements of a folder, each paired with its timeline (and history, if any) from a folder
 * that may be the same: what {@code sla report} and {@code sla evaluate --agreements DIR} evaluate.
 *
 * <p>Files are {@code .yaml}, {@code .yml} or {@code .json}, read from the folders themselves (not
 * their sub-folders), in name order. In the agreements folder, every file is an agreement except
 * those with a top-level {@code agreement:} field (timelines and histories), so one folder may hold
 * both. In the timelines folder, a file with a top-level {@code agreement:} field is a history when
 * it has {@code months:} or {@code windows:}, a timeline otherwise; agreements there are skipped.
 * Each timeline goes with the agreement its {@code agreement:} names; a history found beside it is
 * the agreement's history. A multi-level agreement stands for each of its levels
 * ({@code AGREEMENT/LEVEL}), a service-based one with subscriptions for each subscriber
 * ({@code AGREEMENT/SUBSCRIPTION}); each is evaluated when a timeline names it.
 *
 * <p>Only regular files (and links to them) are read: an entry named like a data file that is a
 * FIFO, a device, a folder, a broken link or a link loop is listed in {@link Contents#skipped()}.
 */
final class Portfolio {

    /**
     * One agreement of the folders with the files it is evaluated from.
     *
     * @param historyFile its history, if the timelines folder holds one
     */
    record Entry(Agreement agreement, Path agreementFile, Path timelineFile, Optional<Path> historyFile) {

        /**
         * The request that evaluates this agreement over a period: its timeline, and what its
         * history knew before the period.
         *
         * @throws InvalidInputException listing the problems of the timeline and history files, each naming its file
         */
        EvaluationRequest request(DateRange period) {
            List<Problem> problems = new ArrayList<>();
            Timeline timeline = null;
            History history = History.empty();
            try {
                timeline = Timelines.read(timelineFile, agreement);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            try {
                history = historyFile.map(f -> before(Histories.read(f, agreement), period)).orElse(History.empty());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(agreement.id(), problems);
            }
            return new EvaluationRequest(agreement, period, timeline, history);
        }

        /** A problem the engine names by its input ("agreement", "timeline", ...), named by its file. */
        Problem inFile(Problem problem) {
            return problem.source().equals("period") ? problem.in(agreementFile.toString())
                    : Evaluator.inFile(problem, agreementFile, timelineFile, historyFile.orElse(null));
        }
    }

    /**
     * What the folders hold.
     *
     * @param entries  the agreements paired with a timeline, in id order
     * @param problems what keeps files from being paired (a file that cannot be read, two agreements
     *                 with one id, an agreement without a timeline or with two, a timeline or history
     *                 of an agreement not in the folder), each naming its file
     * @param skipped  the entries not read, each with why
     */
    record Contents(List<Entry> entries, List<Problem> problems, List<Problem> skipped) {
    }

    private Portfolio() {
    }

    /**
     * Reads the agreements of one folder and pairs them with the timelines and histories of another
     * (or the same).
     *
     * @param agreementsOption how the command line names the agreements folder, for problems
     * @param timelinesOption  how it names the timelines folder
     */
    static Contents read(Path agreementsFolder, String agreementsOption, Path timelinesFolder, String timelinesOption) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        Map<String, Path> agreementFiles = new TreeMap<>();
        Map<String, Agreement> agreements = new TreeMap<>();
        // a level of a multi-level agreement, or a subscriber of a service-based one, is evaluated
        // when a timeline names it; the agreement a file holds itself must have one
        Set<String> needsTimeline = new TreeSet<>();
        // agreements that could not be read, by the id their file gives: their timeline and history
        // are checked with them in one round, and are not timelines "of no agreement"
        Map<String, Path> unreadAgreements = new TreeMap<>();
        for (Path file : files(agreementsFolder, agreementsOption, problems, skipped)) {
            Optional<JsonNode> root = tree(file, problems);
            if (root.isEmpty() || root.get().has("agreement")) {
                continue;
            }
            try {
                for (Agreement agreement : evaluable(file, root.get())) {
                    Path earlier = agreementFiles.putIfAbsent(agreement.id(), file);
                    if (earlier != null) {
                        problems.add(Problem.at(file.toString(), "id", "agreement " + agreement.id()
                                + " is also in " + earlier));
                    } else {
                        agreements.put(agreement.id(), agreement);
                        if (!agreement.id().contains("/")) {
                            needsTimeline.add(agreement.id());
                        }
                    }
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                String id = root.get().path("id").asText("");
                if (!id.isEmpty() && !"MULTI_LEVEL".equals(root.get().path("kind").asText())) {
                    unreadAgreements.putIfAbsent(id, file);
                }
            }
        }
        Map<String, Path> timelineFiles = new TreeMap<>();
        Map<String, Path> historyFiles = new TreeMap<>();
        for (Path file : files(timelinesFolder, timelinesOption, problems, skipped)) {
            Optional<JsonNode> root = tree(file, problems);
            if (root.isEmpty()) {
                continue;
            }
            JsonNode agreementId = root.get().get("agreement");
            if (agreementId == null) {
                if (!root.get().has("parties")) {
                    problems.add(Problem.at(file.toString(), "agreement",
                            "neither a timeline nor a history: it names no agreement"));
                }
                continue;
            }
            String id = agreementId.asText();
            boolean history = root.get().has("months") || root.get().has("windows");
            Map<String, Path> byAgreement = history ? historyFiles : timelineFiles;
            Path earlier = byAgreement.putIfAbsent(id, file);
            if (unreadAgreements.containsKey(id)) {
                if (earlier != null) {
                    problems.add(Problem.at(file.toString(), "agreement", "agreement " + id + " already has a "
                            + (history ? "history" : "timeline") + ", " + earlier + "; give one per agreement"));
                }
            } else if (!agreements.containsKey(id) && !agreementFiles.containsKey(id)) {
                problems.add(Problem.at(file.toString(), "agreement", "no agreement " + id + " in " + agreementsFolder));
            } else if (earlier != null) {
                problems.add(Problem.at(file.toString(), "agreement", "agreement " + id + " already has a "
                        + (history ? "history" : "timeline") + ", " + earlier + "; give one per agreement"));
            }
        }
        for (Map.Entry<String, Path> entry : agreementFiles.entrySet()) {
            if (needsTimeline.contains(entry.getKey()) && !timelineFiles.containsKey(entry.getKey())) {
                problems.add(Problem.at(entry.getValue().toString(), "id", "agreement " + entry.getKey()
                        + " has no timeline in " + timelinesFolder));
            }
        }
        unreadAgreements.forEach((id, file) -> {
            Path timeline = timelineFiles.get(id);
            if (timeline == null) {
                return;
            }
            try {
                DataFiles.read(file, Optional.empty(), List.of(timeline), Optional.ofNullable(historyFiles.get(id)));
            } catch (InvalidInputException e) {
                // the agreement's own problems are listed already; add what its timeline and history hold
                e.problems().stream().filter(p -> !p.source().equals(file.toString())).forEach(problems::add);
            }
        });
        List<Entry> entries = new ArrayList<>();
        for (Agreement agreement : agreements.values()) {
            Path timelineFile = timelineFiles.get(agreement.id());
            if (timelineFile != null) {
                entries.add(new Entry(agreement, agreementFiles.get(agreement.id()), timelineFile,
                        Optional.ofNullable(historyFiles.get(agreement.id()))));
            }
        }
        return new Contents(List.copyOf(entries), List.copyOf(problems), List.copyOf(skipped));
    }

    /**
     * The agreements a file stands for: itself; or, for a multi-level agreement, each of its
     * levels resolved (ids {@code AGREEMENT/LEVEL}); or, for a service-based agreement with
     * subscriptions, each subscriber's agreement (ids {@code AGREEMENT/SUBSCRIPTION}) instead of the
     * offering itself.
     */
    private static List<Agreement> evaluable(Path file, JsonNode root) {
        if ("MULTI_LEVEL".equals(root.path("kind").asText())) {
            LevelledAgreement levelled = Agreements.readLevelled(file);
            return levelled.levels().stream().map(l -> levelled.resolve(l.id())).toList();
        }
        Agreement agreement = Agreements.read(file);
        List<Agreement> all = new ArrayList<>();
        agreement.serviceLevels().subscriptions().forEach(s -> all.add(agreement.forSubscription(s)));
        if (all.isEmpty()) {
            all.add(agreement);
        }
        return all;
    }

    /**
     * What a history knew before the period: a history saved after later runs also records the
     * period itself, which this evaluation decides afresh.
     */
    static History before(History history, DateRange period) {
        YearMonth first = YearMonth.from(period.startInclusive());
        return new History(history.months().stream().filter(m -> m.month().isBefore(first)).toList(),
                history.windows().stream().filter(w -> !w.window().endExclusive().isAfter(period.startInclusive()))
                        .toList());
    }

    /**
     * The agreement, timeline and history files of a folder, by name; an entry with such a name
     * that is not a readable regular file (a FIFO, a device, a broken link, a link loop) is not
     * read but reported to {@code skipped} with why.
     */
    private static List<Path> files(Path folder, String option, List<Problem> problems, List<Problem> skipped) {
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.at(folder.toString(), "", option + " is not a folder"));
            return List.of();
        }
        try {
            DataFiles.Scan scan = DataFiles.scan(folder);
            skipped.addAll(scan.skipped());
            return scan.files();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
    }

    /** The file's tree, to tell agreements, timelines and histories apart; empty when it cannot be read. */
    private static Optional<JsonNode> tree(Path file, List<Problem> problems) {
        try {
            JsonNode root = DataFiles.readTree(file);
            if (!root.isObject()) {
                problems.add(Problem.at(file.toString(), "", "is not a mapping of fields"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return Optional.empty();
    }
}
