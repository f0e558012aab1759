package io.slarules.cli;

import io.slarules.InvalidInputException;
import io.slarules.SlaEngine;
import io.slarules.testkit.scenario.ScenarioFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code sla test DIR}: runs every scenario file of a folder and its sub-folders (the test kit's
 * format: an agreement, a timeline, a period and the outcome expected) and reports like a test
 * runner: a line per scenario, the failures' details, a summary.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class, sortOptions = false,
        description = {"Run the scenario files (.yaml, .yml) of a folder and its sub-folders, in name order, and"
                + " report each as PASS or FAIL, then a summary. The format is the test kit's (sla-testkit/README.md)."},
        footerHeading = "%nExit status:%n",
        footer = {"0 every scenario passed, 1 a scenario failed (or could not be read), 2 no such folder or no"
                + " scenario in it."})
final class TestCommand implements Callable<Integer> {

    private static final Pattern SOURCE_LINE = Pattern.compile("\\s*at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    private final Io io;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of scenario files.")
    Path folder;

    @Mixin
    EngineOptions engine = new EngineOptions();

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
        }
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(folder)) {
            scenarios = files.filter(Files::isRegularFile).filter(TestCommand::isScenario)
                    .sorted().toList();
        }
        if (scenarios.isEmpty()) {
            io.err().println(folder + ": holds no scenario file (.yaml, .yml)");
            return Main.INVALID;
        }
        SlaEngine built = engine.engine();
        PrintStream out = io.out();
        int failed = 0;
        for (Path file : scenarios) {
            String name = folder.relativize(file).toString();
            try {
                ScenarioFile.read(file).run(built);
                out.println("PASS  " + name);
            } catch (InvalidInputException e) {
                failed++;
                out.println("FAIL  " + name + " (the scenario file cannot be read)");
                e.problems().forEach(p -> out.println("      " + p));
            } catch (AssertionError e) {
                failed++;
                out.println("FAIL  " + name);
                String message = String.valueOf(e.getMessage()).strip();
                // the soft assertions' own source line says nothing about the contract
                message.lines().filter(line -> !SOURCE_LINE.matcher(line).matches())
                        .forEach(line -> out.println("      " + line));
            }
        }
        int passed = scenarios.size() - failed;
        out.println();
        out.println(scenarios.size() + (scenarios.size() == 1 ? " scenario: " : " scenarios: ") + passed + " passed, "
                + failed + " failed");
        return failed == 0 ? Main.EVALUATED : Main.FAILED;
    }

    private static boolean isScenario(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
