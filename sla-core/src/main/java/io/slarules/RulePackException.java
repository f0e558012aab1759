package io.slarules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An engine could not be built with the rule packs it was given. Lists every problem found, each
 * naming the pack, the file, the line and the rule; the accessors give the first one's.
 */
public final class RulePackException extends SlaException {

    private static final long serialVersionUID = 1L;

    private final transient List<RulePackProblem> problems;

    /**
     * Creates the exception; {@code problems} is not empty.
     *
     * @param problems every problem found, in the order the packs were given; at least one
     */
    public RulePackException(List<RulePackProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param problems every problem found, in the order the packs were given; at least one
     * @param cause the exception that made loading or compiling a pack fail
     */
    public RulePackException(List<RulePackProblem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String message(List<RulePackProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("SLA Rules: a rule pack exception lists at least one problem");
        }
        return "the engine cannot be built with its rule packs (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n  "
                + problems.stream().map(RulePackProblem::toString).collect(Collectors.joining("\n  "));
    }

    /** {@return every problem found, in the order the packs were given} */
    public List<RulePackProblem> problems() {
        return problems;
    }

    /** {@return the first problem's reason} */
    public RulePackProblem.Reason reason() {
        return problems.get(0).reason();
    }

    /** {@return the first problem's pack} */
    public String pack() {
        return problems.get(0).pack();
    }

    /** {@return the first problem's file; empty when the descriptor is at fault} */
    public String file() {
        return problems.get(0).file();
    }

    /** {@return the first problem's line; 0 when not known} */
    public int line() {
        return problems.get(0).line();
    }

    /** {@return the first problem's rule; empty when no single rule is at fault} */
    public String rule() {
        return problems.get(0).rule();
    }
}
