package io.slarules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that cannot be evaluated: an agreement, a timeline or a period with one or more problems.
 *
 * <p>Carries every problem found, not only the first, each with its source and field path, and
 * the id of the agreement concerned when it is known. Nothing has been evaluated when this is
 * thrown.
 */
public final class InvalidInputException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The agreement concerned, or {@code null} when its id could not be read. */
    private final String agreementId;
    /** Every problem found, in the order they were found. */
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param agreementId the agreement concerned, or {@code null} when it could not be read
     * @param problems    every problem found; at least one
     */
    public InvalidInputException(String agreementId, List<Problem> problems) {
        super(describe(agreementId, problems));
        this.agreementId = agreementId;
        this.problems = List.copyOf(problems);
    }

    /**
     * {@return the exception for a single problem}
     *
     * @param agreementId the id of the agreement concerned, or {@code null} when it could not be read
     * @param problem what is wrong and where
     */
    public static InvalidInputException of(String agreementId, Problem problem) {
        return new InvalidInputException(agreementId, List.of(problem));
    }

    /** {@return the agreement concerned, when its id could be read} */
    public Optional<String> agreementId() {
        return Optional.ofNullable(agreementId);
    }

    /** {@return every problem found, in the order they were found} */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String agreementId, List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        String head = agreementId == null
                ? "invalid input"
                : "invalid input for agreement " + agreementId;
        return head + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
