package io.slarules.examples.cli;

import io.slarules.EvaluationFailedException;
import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The {@code sla} command line: evaluates an agreement file against a timeline file and writes
 * the evaluation as text or JSON.
 *
 * <pre>
 * sla demo [--format text|json]
 * sla evaluate --agreement FILE --timeline FILE... [--level ID] [--history FILE]
 *              [--period 2026-03 | --from 2026-03-01 --to 2026-04-01] [--format text|json]
 * sla explain-agreement --agreement FILE [--level ID]
 * sla report --agreements DIR --timelines DIR --period 2026-03 [--format text|csv|json|html]
 * sla help
 * </pre>
 *
 * <p>Exit status: {@value #EVALUATED} evaluated; {@value #INVALID} invalid input (every problem
 * on standard error, one per line, {@code file: path: message}) or a command line it does not
 * understand (with the usage text); {@value #FAILED} an internal failure (its message, and with
 * {@code --debug} its stack trace).
 */
public final class Main {

    /** The exit status of a completed evaluation (or of {@code help}). */
    public static final int EVALUATED = 0;
    /** The exit status of an internal failure: a rule failed, or a bug. */
    public static final int FAILED = 1;
    /** The exit status of invalid input or a command line {@code sla} does not understand. */
    public static final int INVALID = 2;

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line, writing the result to {@code out} and every complaint to {@code err}.
     *
     * @return the exit status: {@link #EVALUATED}, {@link #FAILED} or {@link #INVALID}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // only the report writes anything but problems to err (the files of a folder it skips)
        return run(args, out, err, (command, o) -> execute(command, o, err));
    }

    /** Carries out a command read from the command line; tests put failures in its place. */
    @FunctionalInterface
    interface Execution {
        /** Carries out the command, writing its result to {@code out}; returns the exit status. */
        int execute(Command command, PrintStream out);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Execution execution) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CommandParser.Invocation invocation;
        try {
            invocation = CommandParser.parse(args);
        } catch (UsageException e) {
            err.println("sla: " + e.getMessage());
            err.println();
            err.print(CommandParser.USAGE);
            err.flush();
            return INVALID;
        }
        try {
            return execution.execute(invocation.command(), out);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            return INVALID;
        } catch (EvaluationFailedException e) {
            return failed("sla: " + e.getMessage(), e, invocation.debug(), err);
        } catch (RuntimeException | Error e) {
            return failed("sla: internal error: " + e, e, invocation.debug(), err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(Command command, PrintStream out, PrintStream err) {
        if (command instanceof Command.Help) {
            out.print(CommandParser.USAGE);
            return EVALUATED;
        }
        if (command instanceof Command.Demo demo) {
            Samples.demo(demo.format(), out);
            return EVALUATED;
        }
        if (command instanceof Command.Report report) {
            return ReportCommand.execute(report.options(), out, err);
        }
        if (command instanceof Command.ExplainAgreement explain) {
            out.print(io.slarules.report.PrintableText.of(AgreementText.explain(explain)));
            return EVALUATED;
        }
        Command.Evaluate evaluate = (Command.Evaluate) command;
        evaluate.format().writeAll(Evaluator.evaluate(evaluate), out);
        return EVALUATED;
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
