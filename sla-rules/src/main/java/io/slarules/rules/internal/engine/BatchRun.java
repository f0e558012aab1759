package io.slarules.rules.internal.engine;

import io.slarules.BatchOptions;
import io.slarules.Evaluation;
import io.slarules.EvaluationFailedException;
import io.slarules.EvaluationOutcome;
import io.slarules.EvaluationRequest;
import io.slarules.SlaException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One run of {@link io.slarules.SlaEngine#evaluateAll}: an iterator of outcomes, in the order of
 * the requests, over chunks of requests evaluated on a pool of daemon threads.
 *
 * <p>Memory is bounded by the window: requests are pulled from the input (on the consuming thread)
 * only while fewer than {@code 2 x parallelism} chunks are in flight, so at most
 * {@code 2 x parallelism x CHUNK} requests and their outcomes are held, whatever the input's size.
 * The pool is started on the first pull and shut down when the outcomes are exhausted, when the
 * run stops at a failure, and when the stream is closed; closing interrupts the chunks running and
 * waits for the evaluation each has in hand (bounded by the engine's firing limit, or abandoned at
 * once under a time budget), so every session not left to an abandoned evaluation is given back to
 * the engine's pool (or disposed) when {@code close} returns. With a time budget every evaluation ends within it, so one runaway rule
 * delays its own outcome by the budget and holds up no other. Its threads are daemons and time out
 * when idle, so an abandoned stream leaks none for long.
 */
public final class BatchRun implements Iterator<EvaluationOutcome> {

    /** Requests handed to a thread at once: enough to make the hand-over cheap, few enough to stay fair. */
    public static final int CHUNK = 32;

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final long IDLE_SECONDS = 5;
    private static final long CLOSE_TIMEOUT_SECONDS = 60;

    /**
     * Evaluates a chunk of requests in order on the calling thread.
     */
    @FunctionalInterface
    interface ChunkEvaluator {
        /**
         * The outcomes of the chunk, in order. With {@code stopAtFailure}, the first failure ends the
         * chunk: the outcomes before it, and the failure as {@link Chunk#stoppedBy()}.
         */
        Chunk evaluate(List<EvaluationRequest> chunk, boolean stopAtFailure);
    }

    /**
     * What a chunk gave.
     *
     * @param outcomes  the outcomes, in the order of the requests
     * @param stoppedBy the failure that ended the chunk early, or {@code null}
     */
    public record Chunk(List<EvaluationOutcome> outcomes, RuntimeException stoppedBy) {
    }

    private final Iterator<EvaluationRequest> requests;
    private final ChunkEvaluator evaluator;
    private final boolean stopAtFailure;
    private final int parallelism;
    private final int window;
    private final ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
    private ThreadPoolExecutor pool;
    private Iterator<EvaluationOutcome> current = Collections.emptyIterator();
    private RuntimeException stop;
    private boolean finished;

    private BatchRun(Iterator<EvaluationRequest> requests, BatchOptions options, ChunkEvaluator evaluator) {
        this.requests = requests;
        this.evaluator = evaluator;
        this.stopAtFailure = options.onFailure() == BatchOptions.OnFailure.STOP;
        this.parallelism = options.parallelism();
        this.window = 2 * parallelism;
    }

    /** The outcomes of {@code requests}, lazily; closing the stream stops the run and closes {@code requests}. */
    static Stream<EvaluationOutcome> stream(Stream<EvaluationRequest> requests, BatchOptions options,
                                            ChunkEvaluator evaluator) {
        BatchRun run = new BatchRun(requests.iterator(), options, evaluator);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(run, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(run::close)
                .onClose(requests::close);
    }

    /**
     * Evaluates each request of a chunk on its own with {@code evaluate}: a failure of
     * {@link SlaException} type is the request's; any other exception (a bug) is reported, when the
     * run goes on, as an {@link EvaluationFailedException} naming the agreement.
     */
    public static Chunk each(List<EvaluationRequest> chunk, boolean stopAtFailure,
                      Function<EvaluationRequest, Evaluation> evaluate) {
        List<EvaluationOutcome> outcomes = new ArrayList<>(chunk.size());
        for (EvaluationRequest request : chunk) {
            if (Thread.currentThread().isInterrupted()) {
                // the run was closed: the rest of the chunk is not evaluated, and nobody reads it
                return new Chunk(outcomes, new CancellationException("SLA Rules: batch evaluation closed"));
            }
            try {
                outcomes.add(EvaluationOutcome.evaluated(request, evaluate.apply(request)));
            } catch (RuntimeException e) {
                if (stopAtFailure) {
                    return new Chunk(outcomes, e);
                }
                outcomes.add(EvaluationOutcome.failed(request, e instanceof SlaException known ? known
                        : new EvaluationFailedException(request.agreementId(), "", String.valueOf(e), e)));
            }
        }
        return new Chunk(outcomes, null);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (stop != null) {
                RuntimeException failure = stop;
                close();
                throw failure;
            }
            if (finished) {
                return false;
            }
            try {
                advance();
            } catch (RuntimeException | Error e) {
                // the input failed, or an evaluation failed in a way no outcome can carry: stop the run
                close();
                throw e;
            }
        }
        return true;
    }

    @Override
    public EvaluationOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private void advance() {
        if (parallelism == 1) {
            List<EvaluationRequest> chunk = pull();
            if (chunk.isEmpty()) {
                finished = true;
                return;
            }
            take(evaluator.evaluate(chunk, stopAtFailure));
            return;
        }
        fill();
        Future<Chunk> head = inFlight.poll();
        if (head == null) {
            finished = true;
            shutDown();
            return;
        }
        take(await(head));
        fill();
    }

    private void take(Chunk chunk) {
        current = chunk.outcomes().iterator();
        stop = chunk.stoppedBy();
    }

    /** Hands chunks to the pool until the window is full or the input is exhausted. */
    private void fill() {
        while (inFlight.size() < window) {
            List<EvaluationRequest> chunk = pull();
            if (chunk.isEmpty()) {
                return;
            }
            inFlight.add(pool().submit(() -> evaluator.evaluate(chunk, stopAtFailure)));
        }
    }

    private List<EvaluationRequest> pull() {
        List<EvaluationRequest> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && requests.hasNext()) {
            chunk.add(Objects.requireNonNull(requests.next(), "a request of the batch is null"));
        }
        return chunk;
    }

    private Chunk await(Future<Chunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            CancellationException cancelled = new CancellationException("SLA Rules: batch evaluation interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("SLA Rules: a batch evaluation failed unexpectedly", cause);
        }
    }

    private ThreadPoolExecutor pool() {
        if (pool == null) {
            ThreadFactory threads = new DaemonThreads("sla-batch-" + RUNS.incrementAndGet() + "-");
            pool = new ThreadPoolExecutor(parallelism, parallelism, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), threads);
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    private void shutDown() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    /**
     * Stops the run: evaluations not started are cancelled, those running are awaited, the pool is
     * shut down. Idempotent.
     */
    void close() {
        finished = true;
        stop = null;
        current = Collections.emptyIterator();
        // running chunks are interrupted: each stops after the evaluation in hand, which the time
        // budget (if any) abandons at once, so close returns within one evaluation's bound
        for (Future<Chunk> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
