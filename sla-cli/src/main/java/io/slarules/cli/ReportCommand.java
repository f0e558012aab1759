package io.slarules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.Evaluation;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.files.Agreements;
import io.slarules.files.DataFiles;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code sla report}: evaluates every agreement of a folder for one month against its timeline and
 * writes the friction report of them all (who held up whom, by how much, at what cost; each
 * party's own performance).
 *
 * <pre>
 * sla report --agreements DIR --timelines DIR --period 2026-03 [--format text|csv|json|html] [--rule-pack PATH]
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
 * refuses. Only regular files (and links to them) are read: an entry named like a data file that
 * is a FIFO, a device, a folder, a broken link or a link loop is skipped, and each one skipped is
 * listed on standard error ({@code sla: warning: FILE: skipped: why}), whether the report is
 * written or refused. Exit status as {@link Main} says: 0 written, 1 internal failure, 2 invalid input.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class, sortOptions = false,
        description = {"The friction report of a folder of agreements for a month: who held up whom, by how much,"
                + " at what cost, and each party's own performance."},
        footerHeading = "%nExit status:%n",
        footer = {"0 written, 1 internal failure, 2 invalid input (every problem of every file, before anything is"
                + " written)."})
final class ReportCommand implements Callable<Integer> {

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

        /** The format named on the command line. */
        static final class Converter implements CommandLine.ITypeConverter<Output> {
            @Override
            public Output convert(String name) {
                for (Output format : values()) {
                    if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                        return format;
                    }
                }
                throw new CommandLine.TypeConversionException("unknown format \"" + name
                        + "\" for report: expected text, csv, json or html");
            }
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

    private final Io io;

    @Option(names = "--agreements", paramLabel = "DIR", required = true,
            description = "The agreements: every .yaml, .yml and .json file in DIR (not its sub-folders).")
    Path agreements;

    @Option(names = "--timelines", paramLabel = "DIR", required = true,
            description = {"Their timelines (and histories, if any), each naming its agreement by its \"agreement:\""
                    + " field; may be the same DIR."})
    Path timelines;

    @Option(names = "--period", paramLabel = "YYYY-MM", required = true, converter = PeriodOptions.MonthConverter.class,
            description = "The month to report, e.g. --period 2026-03.")
    YearMonth period;

    @Option(names = "--format", paramLabel = "text|csv|json|html", converter = Output.Converter.class,
            defaultValue = "text",
            description = {"text: tables for a terminal (default); csv: one row per cell of the matrix; json; html: a"
                    + " self-contained page with charts, e.g. --format html > report.html."})
    Output format;

    @Mixin
    EngineOptions engine = new EngineOptions();

    ReportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return execute(new Options(agreements, timelines, DateRange.ofMonth(period), format), engine::engine, io.out(),
                io.err());
    }

    /**
     * Reads the folders, evaluates every agreement for the period with the default rules and writes
     * the report, saying nothing of the files it skips.
     *
     * @return {@link Main#EVALUATED}
     * @throws InvalidInputException listing every problem, each naming its file
     */
    static int execute(Options options, PrintStream out) {
        return execute(options, () -> SlaEngine.builder().build(), out,
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /**
     * Reads the folders, evaluates every agreement for the period and writes the report; each
     * file of the folders that is skipped is listed on {@code err}.
     *
     * @param engine the engine, built only when the folders are read without a problem
     * @return {@link Main#EVALUATED}
     * @throws InvalidInputException listing every problem, each naming its file
     */
    static int execute(Options options, Supplier<SlaEngine> engine, PrintStream out, PrintStream err) {
        List<Problem> skipped = new ArrayList<>();
        List<EvaluatedAgreement> evaluated;
        try {
            evaluated = evaluate(options, engine, skipped);
        } finally {
            // said whether the report is written or refused: a skipped file may be why it is refused
            // one folder may be given for both options: each entry said once
            skipped.stream().distinct().forEach(problem -> err.println("sla: warning: " + problem));
        }
        FrictionReport report = FrictionReport.of(evaluated);
        options.format().write(report, out);
        return Main.EVALUATED;
    }

    /** The agreements evaluated with the default rules, or every problem found on the way. */
    static List<EvaluatedAgreement> evaluate(Options options) {
        return evaluate(options, () -> SlaEngine.builder().build(), new ArrayList<>());
    }

    /**
     * The agreements evaluated, or every problem found on the way; the entries of the folders
     * that are not read are added to {@code skipped}, each with why.
     */
    static List<EvaluatedAgreement> evaluate(Options options, Supplier<SlaEngine> engineOf, List<Problem> skipped) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> agreementFiles = new TreeMap<>();
        Map<String, Agreement> agreements = new TreeMap<>();
        // a level of a multi-level agreement, or a subscriber of a service-based one, is reported
        // when a timeline names it; the agreement a file holds itself must have one
        java.util.Set<String> needsTimeline = new java.util.TreeSet<>();
        for (Path file : files(options.agreements(), "--agreements", problems, skipped)) {
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
        for (Path file : files(options.timelines(), "--timelines", problems, skipped)) {
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
        SlaEngine engine = problems.isEmpty() ? engineOf.get() : null;
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
