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
              demo       evaluate the shipped samples: example A over its whole effective
                         period, then example G (availability) for April 2026
              evaluate   evaluate an agreement file against a timeline file
              explain-agreement
                         print an agreement's terms; at a level of a multi-level
                         agreement, with the level each term came from
              report     the friction report of a folder of agreements for a month:
                         who held up whom, by how much, at what cost
              help       print this text

            Options of evaluate:
              --agreement FILE      the agreement, YAML (.yaml, .yml) or JSON (.json); required
              --timeline FILE       what happened under it, YAML or JSON; required. For a
                                    service-based agreement, once per subscription: each
                                    file names AGREEMENT-ID/SUBSCRIPTION-ID
              --level ID            the level of a multi-level agreement to evaluate
              --history FILE        what earlier evaluations decided (service credits,
                                    breaches, charges), YAML or JSON; the "history" of
                                    the previous run's json output (default: none)
              --period YYYY-MM      settle one calendar month, e.g. --period 2026-03
              --from DATE --to DATE settle the dates [from, to), to exclusive,
                                    e.g. --from 2026-03-01 --to 2026-04-01
                                    (default: the agreement's whole effective period)
            Options of explain-agreement:
              --agreement FILE      the agreement; required
              --level ID            the level of a multi-level agreement
            Options of report:
              --agreements DIR      the agreements, every .yaml/.yml/.json file in DIR; required
              --timelines DIR       their timelines (and histories, if any), each naming its
                                    agreement by its "agreement:" field; may be the same
                                    DIR; required
              --period YYYY-MM      the month to report, e.g. --period 2026-03; required
              --format text|csv|json|html
                                    text: tables for a terminal (default); csv: one row
                                    per cell of the matrix; json; html: a self-contained
                                    page with charts, e.g. --format html > report.html
            Options of evaluate and demo:
              --format text|json    text explains the derivation (default);
                                    json is described in examples/README.md
              --debug               print the stack trace of an internal failure

            Exit status: 0 evaluated, 1 internal failure, 2 invalid input or usage.
            """;

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "demo", Set.of("--format"),
            "evaluate", Set.of("--agreement", "--timeline", "--level", "--history", "--period", "--from", "--to",
                    "--format"),
            "explain-agreement", Set.of("--agreement", "--level"),
            "report", ReportCommand.OPTIONS);
    /** Options that may be given more than once, each time with another value. */
    private static final Set<String> REPEATABLE = Set.of("--timeline");

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
        List<String> timelines = new ArrayList<>();
        Map<String, String> options = options(name, allowed, tokens.subList(1, tokens.size()), timelines);
        if (name.equals("report")) {
            return new Invocation(new Command.Report(ReportCommand.options(options)), debug);
        }
        Format format = Format.named(options.getOrDefault("--format", "text"));
        Optional<String> level = Optional.ofNullable(options.get("--level"));
        Command command = switch (name) {
            case "demo" -> new Command.Demo(format);
            case "explain-agreement" -> new Command.ExplainAgreement(file(options, "--agreement"), level);
            default -> new Command.Evaluate(file(options, "--agreement"), timelines(options, timelines), level,
                    Optional.ofNullable(options.get("--history")).map(Path::of), period(options), format);
        };
        return new Invocation(command, debug);
    }

    /** The options, each value of a {@link #REPEATABLE} one also added to {@code repeated}, in order. */
    private static Map<String, String> options(String command, Set<String> allowed, List<String> tokens,
                                               List<String> repeated) {
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
            if (REPEATABLE.contains(option)) {
                repeated.add(value);
                options.putIfAbsent(option, value);
            } else if (options.putIfAbsent(option, value) != null) {
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

    /** The timeline files, at least one. */
    private static List<Path> timelines(Map<String, String> options, List<String> timelines) {
        file(options, "--timeline");
        return timelines.stream().map(Path::of).toList();
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
            } catch (DateTimeParseException | io.slarules.InvalidInputException e) {
                // a month like +999999999-12 parses but lies outside the years a period may
                throw new UsageException("malformed period \"" + month + "\": expected a month, YYYY-MM, e.g. 2026-03, from "
                        + DateRange.MIN_YEAR + " to " + DateRange.MAX_YEAR);
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
