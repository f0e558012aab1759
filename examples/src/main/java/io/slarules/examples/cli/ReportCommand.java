package io.slarules.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.files.Trees;
import io.slarules.model.Agreement;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.DateRange;
import io.slarules.model.History;
import io.slarules.model.Timeline;
import io.slarules.report.friction.EvaluatedAgreement;
import io.slarules.report.friction.FrictionCsv;
import io.slarules.report.friction.FrictionHtml;
import io.slarules.report.friction.FrictionJson;
import io.slarules.report.friction.FrictionReport;
import io.slarules.report.friction.FrictionText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code sla report}: evaluates every agreement of a folder for one month against its timeline and
 * writes the friction report of them all (who held up whom, by how much, at what cost; each
 * party's own performance).
 *
 * <pre>
 * sla report --agreements DIR --timelines DIR --period 2026-03 [--format text|csv|json|html]
 * </pre>
 *
 * <p>Files are {@code .yaml}, {@code .yml} or {@code .json}, read from the folders themselves (not
 * their sub-folders), in name order. In {@code --agreements}, every file is an agreement except
 * those with a top-level {@code agreement:} field (timelines and histories), so one folder may be
 * given for both options. In {@code --timelines}, a file with a top-level {@code agreement:} field
 * is a history when it has {@code months:} or {@code windows:}, a timeline otherwise; agreements
 * there are skipped. Each timeline goes with the agreement its {@code agreement:} names; a history
 * found beside it is the agreement's history (what earlier evaluations decided, which rolling caps
 * and earn-backs need); only its records of months and windows before the period are used.
 *
 * <p>Every problem is reported before anything is written, each naming its file: a file that
 * cannot be read, two agreements with one id, an agreement without a timeline or with two, a
 * timeline or history of an agreement not in {@code --agreements}, and whatever the evaluation
 * refuses. Exit status as {@link Main} says: 0 written, 1 internal failure, 2 invalid input.
 */
final class ReportCommand {

    static final Set<String> OPTIONS = Set.of("--agreements", "--timelines", "--period", "--format");

    /** How the report is written. */
    enum Output {
        /** {@link FrictionText}. */
        TEXT,
        /** {@link FrictionCsv}. */
        CSV,
        /** {@link FrictionJson}. */
        JSON,
        /** {@link FrictionHtml}. */
        HTML;

        void write(FrictionReport report, PrintStream out) {
            switch (this) {
                case TEXT -> out.print(FrictionText.write(report));
                case CSV -> out.print(FrictionCsv.write(report));
                case JSON -> out.println(FrictionJson.write(report));
                case HTML -> out.print(FrictionHtml.write(report));
                default -> throw new AssertionError("SLA Rules: a format without a writer: " + this);
            }
        }

        static Output named(String name) {
            for (Output format : values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return format;
                }
            }
            throw new UsageException("unknown format \"" + name + "\" for report: expected text, csv, json or html");
        }
    }

    /**
     * A report asked for on the command line.
     *
     * @param agreements the folder of agreements
     * @param timelines  the folder of timelines and histories
     * @param period     the month reported
     * @param format     how it is written
     */
    record Options(Path agreements, Path timelines, DateRange period, Output format) {
        Options {
            Objects.requireNonNull(agreements, "agreements");
            Objects.requireNonNull(timelines, "timelines");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(format, "format");
        }
    }

    private ReportCommand() {
    }

    /**
     * The options of {@code sla report}, read from the command line's {@code --name value} pairs.
     *
     * @throws UsageException saying what is missing or malformed
     */
    static Options options(Map<String, String> options) {
        String month = options.get("--period");
        if (month == null) {
            throw new UsageException("missing option --period (a month, YYYY-MM, e.g. 2026-03)");
        }
        DateRange period;
        try {
            period = DateRange.ofMonth(YearMonth.parse(month));
        } catch (DateTimeParseException | io.slarules.InvalidInputException e) {
            // a month like +999999999-12 parses but lies outside the years a period may
            throw new UsageException("malformed period \"" + month + "\": expected a month, YYYY-MM, e.g. 2026-03, from "
                    + DateRange.MIN_YEAR + " to " + DateRange.MAX_YEAR);
        }
        return new Options(folder(options, "--agreements"), folder(options, "--timelines"), period,
                Output.named(options.getOrDefault("--format", "text")));
    }

    private static Path folder(Map<String, String> options, String option) {
        String value = options.get(option);
        if (value == null) {
            throw new UsageException("missing option " + option);
        }
        return Path.of(value);
    }

    /**
     * Reads the folders, evaluates every agreement for the period and writes the report.
     *
     * @return {@link Main#EVALUATED}
     * @throws InvalidInputException listing every problem, each naming its file
     */
    static int execute(Options options, PrintStream out) {
        FrictionReport report = FrictionReport.of(evaluate(options));
        options.format().write(report, out);
        return Main.EVALUATED;
    }

    /** The agreements evaluated, or every problem found on the way. */
    static List<EvaluatedAgreement> evaluate(Options options) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> agreementFiles = new TreeMap<>();
        Map<String, Agreement> agreements = new TreeMap<>();
        // a level of a multi-level agreement, or a subscriber of a service-based one, is reported
        // when a timeline names it; the agreement a file holds itself must have one
        java.util.Set<String> needsTimeline = new java.util.TreeSet<>();
        for (Path file : files(options.agreements(), "--agreements", problems)) {
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
            }
        }
        Map<String, Path> timelineFiles = new TreeMap<>();
        Map<String, Path> historyFiles = new TreeMap<>();
        for (Path file : files(options.timelines(), "--timelines", problems)) {
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
            if (!agreements.containsKey(id) && !agreementFiles.containsKey(id)) {
                problems.add(Problem.at(file.toString(), "agreement", "no agreement " + id + " in "
                        + options.agreements()));
            } else if (earlier != null) {
                problems.add(Problem.at(file.toString(), "agreement", "agreement " + id + " already has a "
                        + (history ? "history" : "timeline") + ", " + earlier + "; give one per agreement"));
            }
        }
        for (Map.Entry<String, Path> entry : agreementFiles.entrySet()) {
            if (needsTimeline.contains(entry.getKey()) && !timelineFiles.containsKey(entry.getKey())) {
                problems.add(Problem.at(entry.getValue().toString(), "id", "agreement " + entry.getKey()
                        + " has no timeline in " + options.timelines()));
            }
        }
        List<EvaluatedAgreement> evaluated = new ArrayList<>();
        SlaEngine engine = problems.isEmpty() ? SlaEngine.builder().build() : null;
        for (Agreement agreement : agreements.values()) {
            Path timelineFile = timelineFiles.get(agreement.id());
            if (engine == null || timelineFile == null) {
                continue;
            }
            Optional<Path> historyFile = Optional.ofNullable(historyFiles.get(agreement.id()));
            try {
                Timeline timeline = Timelines.read(timelineFile, agreement);
                History history = historyFile.map(f -> before(Histories.read(f, agreement), options.period()))
                        .orElse(History.empty());
                Evaluation evaluation = engine.evaluate(agreement, options.period(), timeline, history);
                evaluated.add(EvaluatedAgreement.of(agreement, timeline, evaluation));
            } catch (InvalidInputException e) {
                Path agreementFile = agreementFiles.get(agreement.id());
                e.problems().forEach(p -> problems.add(inFile(p, agreementFile, timelineFile, historyFile)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        return evaluated;
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

    /** The engine names its inputs "agreement", "timeline" and "history"; here they are files. */
    private static Problem inFile(Problem problem, Path agreementFile, Path timelineFile, Optional<Path> historyFile) {
        return switch (problem.source()) {
            case "agreement" -> problem.in(agreementFile.toString());
            case "timeline" -> problem.in(timelineFile.toString());
            case "history" -> historyFile.map(file -> problem.in(file.toString())).orElse(problem);
            case "period" -> problem.in(agreementFile.toString());
            default -> problem;
        };
    }

    /** The agreement, timeline and history files of a folder, by name. */
    private static List<Path> files(Path folder, String option, List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.at(folder.toString(), "", option + " is not a folder"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(ReportCommand::isDataFile).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.at(folder.toString(), "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** The file's tree, to tell agreements, timelines and histories apart; empty when it cannot be read. */
    private static Optional<JsonNode> tree(Path file, List<Problem> problems) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            boolean yaml = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            JsonNode root = Trees.parse(text, file.toString(), yaml);
            if (!root.isObject()) {
                problems.add(Problem.at(file.toString(), "", "is not a mapping of fields"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(Problem.at(file.toString(), "", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
