package io.slarules.cli;

import io.slarules.BatchOptions;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code sla evaluate}: an agreement file against its timeline, or, in one JVM, a stream of requests
 * (JSON lines) or every agreement of a folder.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class, sortOptions = false,
        description = {"Evaluate an agreement file against a timeline file and print the decisions: every delay,"
                + " who is responsible for how much of it, every penalty and service credit with its derivation.",
                "With --requests, evaluate a stream of requests (JSON lines), with --agreements every agreement of a"
                        + " folder, in one run, and write one JSON line per outcome (see sla-cli/README.md)."},
        footerHeading = "%nExit status:%n",
        footer = {"0 evaluated, 1 internal failure, 2 invalid input (every problem, one per line: file: path: message)."})
final class EvaluateCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "FILE",
            description = "The agreement, YAML (.yaml, .yml) or JSON (.json); required unless --requests or --agreements.")
    Path agreement;

    @Option(names = "--timeline", paramLabel = "FILE",
            description = {"What happened under it, YAML or JSON; required unless --requests or --agreements. For a service-based"
                    + " agreement, once per subscription: each file names AGREEMENT-ID/SUBSCRIPTION-ID."})
    List<Path> timelines = new ArrayList<>();

    @Option(names = "--level", paramLabel = "ID", description = "The level of a multi-level agreement to evaluate.")
    String level;

    @Option(names = "--history", paramLabel = "FILE",
            description = "What earlier evaluations decided (credits, breaches, charges): the \"history\" of the"
                    + " previous run's json output. Default: none.")
    Path history;

    @Mixin
    PeriodOptions period = new PeriodOptions();

    @Option(names = "--format", paramLabel = "text|json", converter = Format.Converter.class,
            description = "text explains the derivation (default); json is described in examples/README.md.")
    Format format;

    @Option(names = "--requests", paramLabel = "FILE",
            description = {"A stream of requests, one JSON object a line, e.g. {\"agreement\": \"a.yaml\","
                    + " \"timeline\": \"t.yaml\", \"period\": \"2026-04\"}, paths relative to FILE's folder; - reads"
                    + " standard input. Writes JSON lines; progress on standard error after a few seconds."})
    String requests;

    @Option(names = "--agreements", paramLabel = "DIR",
            description = {"Evaluate every agreement in DIR (not its sub-folders) against the timeline that names it"
                    + " by its \"agreement:\" field, in id order, as JSON lines like --requests; with a history"
                    + " beside it, the months before the period are used. --period applies to all; without it, each"
                    + " agreement's whole effective period."})
    Path agreementsFolder;

    @Option(names = "--timelines", paramLabel = "DIR",
            description = "With --agreements: the folder of timelines (and histories). Default: the --agreements DIR.")
    Path timelinesFolder;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "With --requests or --agreements: evaluate on N threads. Default: one per processor.")
    Integer parallelism;

    @Mixin
    EngineOptions engine = new EngineOptions();

    EvaluateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (requests != null && agreementsFolder != null) {
            throw usage("give --requests or --agreements, not both");
        }
        if (requests != null || agreementsFolder != null) {
            return batch();
        }
        if (timelinesFolder != null) {
            throw usage("--timelines goes with --agreements");
        }
        if (parallelism != null) {
            throw usage("--parallelism goes with --requests or --agreements");
        }
        if (agreement == null) {
            throw usage("Missing required option: '--agreement=FILE'");
        }
        if (timelines.isEmpty()) {
            throw usage("Missing required option: '--timeline=FILE'");
        }
        Evaluator.Inputs inputs = period.namesAnInstant()
                ? new Evaluator.Inputs(agreement, timelines, Optional.ofNullable(level), Optional.ofNullable(history),
                        Optional.empty(), Optional.of(read -> period.timing(spec.commandLine(), read)))
                : new Evaluator.Inputs(agreement, timelines, Optional.ofNullable(level),
                        Optional.ofNullable(history), period.period(spec.commandLine()));
        Format written = format == null ? Format.TEXT : format;
        written.writeStated(Evaluator.stated(engine.engine(), inputs), io.out());
        return Main.EVALUATED;
    }

    private int batch() throws IOException {
        String batchOption = requests != null ? "--requests" : "--agreements";
        List<String> conflicting = new ArrayList<>();
        if (agreement != null) {
            conflicting.add("--agreement");
        }
        if (!timelines.isEmpty()) {
            conflicting.add("--timeline");
        }
        if (level != null) {
            conflicting.add("--level");
        }
        if (history != null) {
            conflicting.add("--history");
        }
        if (requests != null && period.period(spec.commandLine()).isPresent()) {
            conflicting.add("--period/--from/--to");
        }
        if (requests != null && timelinesFolder != null) {
            conflicting.add("--timelines");
        }
        if (format != null) {
            conflicting.add("--format (the output is JSON lines)");
        }
        if (!conflicting.isEmpty()) {
            throw usage(batchOption + (requests != null ? " names the files on each line" : " reads the files of a folder")
                    + ": it cannot be combined with " + String.join(", ", conflicting));
        }
        BatchOptions options = BatchOptions.defaults();
        if (parallelism != null) {
            if (parallelism < 1) {
                throw usage("--parallelism must be at least 1, not " + parallelism);
            }
            options = options.withParallelism(parallelism);
        }
        if (agreementsFolder != null) {
            Path timelineFolder = timelinesFolder == null ? agreementsFolder : timelinesFolder;
            Portfolio.Contents folder = Portfolio.read(agreementsFolder, "--agreements", timelineFolder,
                    timelinesFolder == null ? "--agreements" : "--timelines");
            // one folder may be given for both options: each entry said once
            folder.skipped().stream().distinct().forEach(problem -> io.err().println("sla: warning: " + problem));
            Batch batch = new Batch(engine.engine(), options, Progress.on(io.err()));
            return batch.run(folder, agreementsFolder.toString(), period.period(spec.commandLine()), io.out()).status();
        }
        Batch batch = new Batch(engine.engine(), options, Progress.on(io.err()));
        Batch.Summary summary;
        if (requests.equals("-")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            summary = batch.run(in, "<stdin>", new RequestLine(Path.of("")), io.out());
        } else {
            Path file = Path.of(requests);
            BufferedReader in;
            try {
                in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw InvalidInputException.of(null, Problem.at(requests, "", "--requests: no such file"));
            } catch (IOException e) {
                throw InvalidInputException.of(null, Problem.at(requests, "", "--requests: cannot be read: " + e));
            }
            Path folder = file.toAbsolutePath().getParent();
            summary = batch.run(in, requests, new RequestLine(folder), io.out());
        }
        return summary.status();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
