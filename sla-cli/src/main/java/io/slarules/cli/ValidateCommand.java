package io.slarules.cli;

import io.slarules.InvalidInputException;
import io.slarules.files.DataFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        DataFiles.Inputs read;
        try {
            // every problem of the agreement, the timelines and the history in one refusal
            read = DataFiles.read(agreement, Optional.ofNullable(level), timelines, Optional.ofNullable(history));
        } catch (InvalidInputException e) {
            e.problems().forEach(io.err()::println);
            return Main.INVALID;
        }
        io.out().println(agreement + ": valid (agreement " + read.agreement().id() + ")");
        for (Path timeline : timelines) {
            io.out().println(timeline + ": valid");
        }
        if (history != null) {
            io.out().println(history + ": valid");
        }
        return Main.EVALUATED;
    }
}
