package io.slarules.cli;

import io.slarules.Evaluation;
import io.slarules.EvaluationRequest;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.SlaEngine;
import io.slarules.model.time.DateRange;
import io.slarules.report.friction.EvaluatedAgreement;
import io.slarules.report.friction.FrictionReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code sla report}: evaluates every agreement of a folder for one month against its timeline and
 * writes the friction report of them all (who held up whom, by how much, at what cost; each
 * party's own performance).
 *
 * <pre>
 * sla report --agreements DIR --timelines DIR --period 2026-03 [--format text|csv|json|html] [--rule-pack PATH]
 * </pre>
 *
 * <p>The folders are read and paired as {@link Portfolio} says: each timeline goes with the
 * agreement its {@code agreement:} names, a history beside it is the agreement's history; only its
 * records of months and windows before the period are used.
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
        /** {@link FrictionReport#toText()}. */
        TEXT,
        /** {@link FrictionReport#toCsv()}. */
        CSV,
        /** {@link FrictionReport#toJson()}. */
        JSON,
        /** {@link FrictionReport#toHtml()}. */
        HTML;

        void write(FrictionReport report, PrintStream out) {
            switch (this) {
                case TEXT -> out.print(report.toText());
                case CSV -> out.print(report.toCsv());
                case JSON -> out.println(report.toJson());
                case HTML -> out.print(report.toHtml());
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
        Portfolio.Contents contents = Portfolio.read(options.agreements(), "--agreements", options.timelines(),
                "--timelines");
        skipped.addAll(contents.skipped());
        List<Problem> problems = new ArrayList<>(contents.problems());
        List<EvaluatedAgreement> evaluated = new ArrayList<>();
        // the engine is built only for folders that pair without a problem: the report is all or nothing
        SlaEngine engine = problems.isEmpty() ? engineOf.get() : null;
        for (Portfolio.Entry entry : engine == null ? List.<Portfolio.Entry>of() : contents.entries()) {
            try {
                EvaluationRequest request = entry.request(options.period());
                Evaluation evaluation = engine.evaluate(request.agreement(), request.period(), request.timeline(),
                        request.history());
                evaluated.add(EvaluatedAgreement.of(request.agreement(), request.timeline(), evaluation));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(entry.inFile(p)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        return evaluated;
    }
}
