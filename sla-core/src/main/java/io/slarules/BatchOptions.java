package io.slarules;

import java.util.Objects;

/**
 * How {@link SlaEngine#evaluateAll} runs a batch: on how many threads, and what a failed request
 * does to the run. Immutable; each {@code with} method checks its option and returns a copy.
 *
 * <pre>{@code
 * BatchOptions options = BatchOptions.defaults().withParallelism(4).withOnFailure(BatchOptions.OnFailure.CONTINUE);
 * }</pre>
 */
public final class BatchOptions {

    /** What a request that cannot be evaluated does to the run. */
    public enum OnFailure {
        /**
         * The first failure, in input order, stops the run: the outcomes before it are delivered,
         * then the stream throws the failure ({@link InvalidInputException} or
         * {@link EvaluationFailedException}) exactly as {@link SlaEngine#evaluate} would have.
         */
        STOP,
        /**
         * Every failure becomes a failed {@link EvaluationOutcome} naming the agreement and the
         * typed exception, and the run goes on.
         */
        CONTINUE
    }

    private static final BatchOptions DEFAULTS = new BatchOptions(Runtime.getRuntime().availableProcessors(),
            OnFailure.STOP);

    private final int parallelism;
    private final OnFailure onFailure;

    private BatchOptions(int parallelism, OnFailure onFailure) {
        this.parallelism = parallelism;
        this.onFailure = onFailure;
    }

    /**
     * As many threads as the machine has processors; the first failure stops the run.
     *
     * @return options with one thread per available processor that stop at the first failure
     */
    public static BatchOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The same options on {@code parallelism} threads. With 1, every request is evaluated on the
     * thread that consumes the stream, and no thread is started.
     *
     * @throws IllegalArgumentException when not positive
     * @param parallelism how many requests are evaluated at once; at least 1
     * @return options equal to these but for the thread count
     */
    public BatchOptions withParallelism(int parallelism) {
        if (parallelism <= 0) {
            throw new IllegalArgumentException("parallelism must be positive, was " + parallelism);
        }
        return new BatchOptions(parallelism, onFailure);
    }

    /**
     * {@return the same options with another failure mode}
     *
     * @param onFailure whether a failed request stops the run or is reported as an outcome
     */
    public BatchOptions withOnFailure(OnFailure onFailure) {
        return new BatchOptions(parallelism, Objects.requireNonNull(onFailure, "onFailure"));
    }

    /** {@return the number of threads evaluating at once} */
    public int parallelism() {
        return parallelism;
    }

    /** {@return what a failed request does to the run} */
    public OnFailure onFailure() {
        return onFailure;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchOptions other && parallelism == other.parallelism && onFailure == other.onFailure;
    }

    @Override
    public int hashCode() {
        return parallelism * 31 + onFailure.hashCode();
    }

    @Override
    public String toString() {
        return "BatchOptions[parallelism=" + parallelism + ", onFailure=" + onFailure + "]";
    }
}
