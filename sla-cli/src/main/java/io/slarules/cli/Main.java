package io.slarules.cli;

import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.RulePackException;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The {@code sla} command line: evaluates, validates and explains agreement files, writes the
 * friction report, runs scenario files. {@code sla --help} lists the commands, {@code sla COMMAND
 * --help} describes one.
 *
 * <p>Exit status: {@value #EVALUATED} done; {@value #INVALID} invalid input (every problem on
 * standard error, one per line, {@code file: path: message}) or a command line it does not
 * understand (what is wrong, a suggestion where one fits, and where to find help);
 * {@value #FAILED} an internal failure (its message, and with {@code --debug} its stack trace), or
 * a failed scenario of {@code sla test}.
 */
public final class Main {

    /** The exit status of a completed command (or of {@code help}, {@code --version}). */
    public static final int EVALUATED = 0;
    /** The exit status of an internal failure (a rule failed, or a bug), or of a failed scenario. */
    public static final int FAILED = 1;
    /** The exit status of invalid input or a command line {@code sla} does not understand. */
    public static final int INVALID = 2;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in this JVM, writing the result to {@code out} and every complaint to
     * {@code err}.
     *
     * @param args the command line, without the program's name
     * @param out  where results go
     * @param err  where problems, usage errors and progress go
     * @return the exit status: {@link #EVALUATED}, {@link #FAILED} or {@link #INVALID}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, (command, o) -> command.call());
    }

    /** Carries out the command read from the command line; tests put failures in its place. */
    @FunctionalInterface
    interface Execution {
        /** Carries out the command, writing its result to {@code out}; returns the exit status. */
        int execute(Callable<Integer> command, PrintStream out) throws Exception;
    }

    static int run(String[] args, PrintStream out, PrintStream err, Execution execution) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CommandLine commandLine = commandLine(out, err);
        boolean debug = List.of(args).contains("--debug");
        try {
            CommandLine.ParseResult parsed = commandLine.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return EVALUATED;
            }
            Object command = last(parsed).commandSpec().userObject();
            if (!(command instanceof Callable<?>)) {
                throw new CommandLine.ParameterException(commandLine, "no command given");
            }
            @SuppressWarnings("unchecked")
            Callable<Integer> callable = (Callable<Integer>) command;
            return execution.execute(callable, out);
        } catch (CommandLine.ParameterException e) {
            return Usage.error(e, err);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            return INVALID;
        } catch (RulePackException e) {
            err.println("sla: " + e.getMessage());
            return INVALID;
        } catch (EvaluationFailedException e) {
            return failed("sla: " + e.getMessage(), e, debug, err);
        } catch (Exception | Error e) {
            return failed("sla: internal error: " + e, e, debug, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line's commands, writing help to {@code out} and usage errors to {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Io io = new Io(out, err);
        CommandLine commandLine = new CommandLine(new Sla(), io.factory());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return commandLine;
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        return last;
    }

    private static int failed(String message, Throwable failure, boolean debug, PrintStream err) {
        err.println(message);
        if (debug) {
            failure.printStackTrace(err);
        } else {
            err.println("sla: run with --debug for the stack trace");
        }
        return FAILED;
    }
}
