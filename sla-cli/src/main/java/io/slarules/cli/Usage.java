package io.slarules.cli;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * A command line {@code sla} does not understand: what is wrong, a suggestion where one fits (a
 * misspelt option or command), and where to read more. The whole usage text only when no command
 * was given; a command's own options are one {@code --help} away.
 */
final class Usage {

    private Usage() {
    }

    /** Writes the complaint to {@code err}; returns {@link Main#INVALID}. */
    static int error(CommandLine.ParameterException e, PrintStream err) {
        CommandLine commandLine = e.getCommandLine();
        String name = commandLine.getCommandSpec().qualifiedName();
        boolean topLevel = commandLine.getParent() == null;
        err.println(name + ": " + message(e, topLevel));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            StringWriter suggestions = new StringWriter();
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, new PrintWriter(suggestions, true));
            if (!suggestions.toString().isBlank()) {
                err.print(suggestions);
            }
        }
        if (topLevel && commandLine.getParseResult() != null && commandLine.getParseResult().subcommand() == null
                && !(e instanceof CommandLine.UnmatchedArgumentException)) {
            err.println();
            err.print(commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
        } else {
            err.println(topLevel ? "Run 'sla --help' for the commands." : "Run '" + name + " --help' for its options.");
        }
        err.flush();
        return Main.INVALID;
    }

    private static String message(CommandLine.ParameterException e, boolean topLevel) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> args = unmatched.getUnmatched();
            // picocli also lists the value that followed an unknown option: name the option alone
            String option = args.stream().filter(a -> a.startsWith("-")).findFirst().orElse(null);
            if (topLevel) {
                return option != null ? "unknown option " + option + " (the command comes first)"
                        : "unknown command \"" + args.get(0) + "\"";
            }
            return option != null ? "unknown option " + option.split("=", 2)[0]
                    : "unexpected argument \"" + args.get(0) + "\"";
        }
        return e.getMessage();
    }
}
