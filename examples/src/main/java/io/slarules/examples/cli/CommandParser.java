package io.slarules.examples.cli;

import io.slarules.model.DateRange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the command line by hand: a command, then {@code --name value} or {@code --name=value}
 * options in any order, each at most once; {@code --debug} anywhere.
 */
final class CommandParser {

    static final String USAGE = """
            Usage: sla <command> [options]

            Commands:
              demo       evaluate the shipped sample (example A) over its whole effective period
              evaluate   evaluate an agreement file against a timeline file
              help       print this text

            Options of evaluate:
              --agreement FILE      the agreement, YAML (.yaml, .yml) or JSON (.json); required
              --timeline FILE       what happened under it, YAML or JSON; required
              --history FILE        what earlier evaluations decided (service credits,
                                    breaches, charges), YAML or JSON; the "history" of
                                    the previous run's json output (default: none)
              --period YYYY-MM      settle one calendar month, e.g. --period 2026-03
              --from DATE --to DATE settle the dates [from, to), to exclusive,
                                    e.g. --from 2026-03-01 --to 2026-04-01
                                    (default: the agreement's whole effective period)
            Options of evaluate and demo:
              --format text|json    text explains the derivation (default);
                                    json is described in examples/README.md
              --debug               print the stack trace of an internal failure

            Exit status: 0 evaluated, 1 internal failure, 2 invalid input or usage.
            """;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "demo", Set.of("--format"),
            "evaluate", Set.of("--agreement", "--timeline", "--history", "--period", "--from", "--to", "--format"));

    /** A command line, read. */
    record Invocation(Command command, boolean debug) {
    }

    private CommandParser() {
    }

    /**
     * Reads a command line.
     *
     * @throws UsageException saying what is wrong with it
     */
    static Invocation parse(String... args) {
        boolean debug = false;
        List<String> tokens = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--debug")) {
                debug = true;
            } else {
                tokens.add(arg);
            }
        }
        if (tokens.isEmpty()) {
            throw new UsageException("no command given");
        }
        String name = tokens.get(0);
        if (HELP.contains(name) || tokens.contains("--help") || tokens.contains("-h")) {
            return new Invocation(new Command.Help(), debug);
        }
        Set<String> allowed = OPTIONS.get(name);
        if (allowed == null) {
            throw new UsageException(name.startsWith("-")
                    ? "unknown option " + name + " (the command comes first)"
                    : "unknown command \"" + name + "\"");
        }
        Map<String, String> options = options(name, allowed, tokens.subList(1, tokens.size()));
        Format format = Format.named(options.getOrDefault("--format", "text"));
        Command command = name.equals("demo") ? new Command.Demo(format)
                : new Command.Evaluate(file(options, "--agreement"), file(options, "--timeline"),
                Optional.ofNullable(options.get("--history")).map(Path::of), period(options), format);
        return new Invocation(command, debug);
    }

    private static Map<String, String> options(String command, Set<String> allowed, List<String> tokens) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--")) {
                throw new UsageException("unexpected argument \"" + token + "\"");
            }
            int equals = token.indexOf('=');
            String option = equals < 0 ? token : token.substring(0, equals);
            if (!allowed.contains(option)) {
                throw new UsageException("unknown option " + option + " for " + command);
            }
            String value;
            if (equals >= 0) {
                value = token.substring(equals + 1);
            } else if (i + 1 < tokens.size()) {
                value = tokens.get(++i);
            } else {
                value = "";
            }
            if (value.isEmpty()) {
                throw new UsageException("option " + option + " needs a value");
            }
            if (options.putIfAbsent(option, value) != null) {
                throw new UsageException("option " + option + " is given twice");
            }
        }
        return options;
    }

    private static Path file(Map<String, String> options, String option) {
        String value = options.get(option);
        if (value == null) {
            throw new UsageException("missing option " + option);
        }
        return Path.of(value);
    }

    private static Optional<DateRange> period(Map<String, String> options) {
        String month = options.get("--period");
        String from = options.get("--from");
        String to = options.get("--to");
        if (month != null) {
            if (from != null || to != null) {
                throw new UsageException("--period cannot be combined with --from and --to");
            }
            try {
                return Optional.of(DateRange.ofMonth(YearMonth.parse(month)));
            } catch (DateTimeParseException e) {
                throw new UsageException("malformed period \"" + month + "\": expected a month, YYYY-MM, e.g. 2026-03");
            }
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from == null || to == null) {
            throw new UsageException("--from and --to go together: give both, or --period, or neither");
        }
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        if (!end.isAfter(start)) {
            throw new UsageException("--to " + to + " must be after --from " + from + " (--to is exclusive)");
        }
        return Optional.of(DateRange.of(start, end));
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("malformed date for " + option + " \"" + value
                    + "\": expected YYYY-MM-DD, e.g. 2026-03-01");
        }
    }
}
