package io.slarules.cli;

import io.slarules.DefaultRules;
import io.slarules.EvaluationFailedException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** An internal failure exits with 1 and its message; the stack trace only with --debug. */
class FailureTest {

    private static final Main.Execution RULE_FAILS = (command, out) -> {
        throw new EvaluationFailedException("NW-CB-2026", DefaultRules.DAMAGES_PER_UNIT,
                "division by zero", new ArithmeticException("division by zero"));
    };

    private static final Main.Execution BUG = (command, out) -> {
        throw new IllegalStateException("SLA Rules: no such state");
    };

    @Test
    void failedRuleExitsWithOneAndNamesTheRuleWithoutAStackTrace() {
        CommandLine run = run(RULE_FAILS, "demo");

        assertThat(run.status()).isEqualTo(Main.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "sla: evaluation of agreement NW-CB-2026 failed in rule \"penalise: liquidated damages per unit of delay\": "
                        + "division by zero",
                "sla: run with --debug for the stack trace");
    }

    @Test
    void bugExitsWithOneAndSaysItIsInternal() {
        CommandLine run = run(BUG, "demo");

        assertThat(run.status()).isEqualTo(Main.FAILED);
        assertThat(run.err()).startsWith("sla: internal error: java.lang.IllegalStateException: SLA Rules: no such state\n")
                .doesNotContain("\tat ");
    }

    @Test
    void debugAddsTheStackTrace() {
        CommandLine run = run(BUG, "demo", "--debug");

        assertThat(run.status()).isEqualTo(Main.FAILED);
        assertThat(run.err()).startsWith("sla: internal error: ").contains("\tat ")
                .doesNotContain("run with --debug");
    }

    private static CommandLine run(Main.Execution execution, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e, execution);
        }
        return new CommandLine(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
