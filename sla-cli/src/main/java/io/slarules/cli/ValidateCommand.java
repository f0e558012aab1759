package io.slarules.cli;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.files.Agreements;
import io.slarules.files.Histories;
import io.slarules.files.Timelines;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sla validate}: reads an agreement file and, if given, its timeline and history files as
 * strictly as {@code evaluate} does, and prints every problem of them all; evaluates nothing.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class, sortOptions = false,
        description = {"Check an agreement file and, if given, its timeline and history files, and print every"
                + " problem of them all (file: path: message), without evaluating anything."},
        footerHeading = "%nExit status:%n",
        footer = {"0 valid, 2 invalid (every problem on standard error), 1 internal failure."})
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Option(names = "--agreement", paramLabel = "FILE", required = true,
            description = "The agreement, YAML (.yaml, .yml) or JSON (.json).")
    Path agreement;

    @Option(names = "--timeline", paramLabel = "FILE",
            description = "A timeline of it; repeatable (one per subscription of a service-based agreement).")
    List<Path> timelines = new ArrayList<>();

    @Option(names = "--history", paramLabel = "FILE", description = "A history of it.")
    Path history;

    @Option(names = "--level", paramLabel = "ID",
            description = "Check a multi-level agreement at this level (its timelines and history are that level's).")
    String level;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Agreement read = null;
        try {
            read = level == null ? Agreements.read(agreement)
                    : Evaluator.inFiles(() -> Agreements.readLevelled(agreement).resolve(level), agreement, null, null);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        List<Path> others = new ArrayList<>(timelines);
        if (history != null) {
            others.add(history);
        }
        if (read == null) {
            problems.forEach(io.err()::println);
            if (!others.isEmpty()) {
                io.err().println("sla validate: " + others.size() + (others.size() == 1 ? " file" : " files")
                        + " not checked: a timeline or history is checked against its agreement, which is invalid");
            }
            return Main.INVALID;
        }
        Agreement checked = read;
        boolean subscribers = checked.kind() == AgreementKind.SERVICE_BASED
                && !checked.serviceLevels().subscriptions().isEmpty();
        if (subscribers && !timelines.isEmpty()) {
            collect(problems, () -> Timelines.readSubscribers(timelines, checked), null);
        } else {
            for (Path timeline : timelines) {
                collect(problems, () -> Timelines.read(timeline, checked), timeline);
            }
        }
        if (history != null) {
            collect(problems, () -> Histories.read(history, checked), history);
        }
        if (!problems.isEmpty()) {
            problems.forEach(io.err()::println);
            return Main.INVALID;
        }
        io.out().println(agreement + ": valid (agreement " + checked.id() + ")");
        for (Path other : others) {
            io.out().println(other + ": valid");
        }
        return Main.EVALUATED;
    }

    private void collect(List<Problem> problems, Runnable read, Path file) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(Evaluator.inFile(p, agreement, file, file)));
        }
    }
}
