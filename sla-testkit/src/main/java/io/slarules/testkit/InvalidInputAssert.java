package io.slarules.testkit;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on an {@link InvalidInputException}: the problems found in an agreement, a timeline
 * or a period, each at its field path.
 *
 * <pre>{@code
 * assertThatInvalidInput(() -> Agreements.read(file))
 *         .hasProblemAt("obligations[1].dependsOn[0]", "unknown obligation SPEC-9")
 *         .hasProblemCount(1);
 * }</pre>
 *
 * <p>A failure lists every problem the exception carries.
 */
public final class InvalidInputAssert extends DomainAssert<InvalidInputAssert, InvalidInputException> {

    InvalidInputAssert(InvalidInputException actual, AssertionErrorCollector soft) {
        super(actual, InvalidInputAssert.class, soft);
    }

    /**
     * Some problem lies at exactly this field path (empty for the input as a whole).
     *
     * @param path a field path, e.g. {@code obligations[2].dependsOn[0]}; empty for the input as a whole
     * @return this assertion, for further checks
     */
    public InvalidInputAssert hasProblemAt(String path) {
        return hasProblemAt(path, "");
    }

    /**
     * Some problem lies at exactly this field path and its message contains {@code messagePart}.
     *
     * @param path a field path, e.g. {@code obligations[2].dependsOn[0]}; empty for the input as a whole
     * @param messagePart text the problem's message must contain
     * @return this assertion, for further checks
     */
    public InvalidInputAssert hasProblemAt(String path, String messagePart) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messagePart, "messagePart");
        if (skip()) {
            return myself;
        }
        boolean found = actual.problems().stream()
                .anyMatch(p -> p.path().equals(path) && p.message().contains(messagePart));
        if (!found) {
            String wanted = path.isEmpty() ? "about the input as a whole" : "at " + Texts.quoted(path);
            fail(problems(), wanted + (messagePart.isEmpty() ? "" : ": ..." + messagePart + "..."),
                    "Expecting a problem " + wanted + (messagePart.isEmpty() ? "" : " saying " + Texts.quoted(messagePart))
                            + "\nbut the problems are:\n" + problems());
        }
        return myself;
    }

    /**
     * There are exactly this many problems.
     *
     * @param count the expected number
     * @return this assertion, for further checks
     */
    public InvalidInputAssert hasProblemCount(int count) {
        if (skip() || actual.problems().size() == count) {
            return myself;
        }
        fail(actual.problems().size(), count, "Expecting " + count + (count == 1 ? " problem" : " problems")
                + "\nbut there are " + actual.problems().size() + ":\n" + problems());
        return myself;
    }

    /**
     * The problems lie at exactly these paths, one problem per path given, in any order.
     *
     * @param paths the expected field paths
     * @return this assertion, for further checks
     */
    public InvalidInputAssert hasProblemsAtExactly(String... paths) {
        List<String> expected = new ArrayList<>(Arrays.asList(paths));
        if (skip()) {
            return myself;
        }
        List<String> actualPaths = actual.problems().stream().map(Problem::path).collect(Collectors.toList());
        List<String> sortedExpected = expected.stream().sorted().toList();
        List<String> sortedActual = actualPaths.stream().sorted().toList();
        if (!sortedActual.equals(sortedExpected)) {
            fail(sortedActual.toString(), sortedExpected.toString(), "Expecting problems at exactly:\n  "
                    + sortedExpected + "\nbut they are at:\n  " + sortedActual + "\nProblems:\n" + problems());
        }
        return myself;
    }

    private String problems() {
        return actual.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
