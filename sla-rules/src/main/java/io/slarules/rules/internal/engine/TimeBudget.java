package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An engine's time budget per evaluation, held whatever a rule does. A timed evaluation runs on a
 * worker thread (daemon threads, reused while idle) while the calling thread waits at most the
 * budget. At the deadline the evaluation is abandoned: the session running is halted, the worker
 * interrupted, and the caller gets an {@link EvaluationFailedException} naming the rule that was
 * running. A worker that stops (a sleep, a loop that checks for interruption) disposes its session
 * and returns to the pool of workers; one that does not (a busy loop) keeps running as a daemon. An
 * abandoned evaluation's session is never reused: only a worker that finishes before its deadline
 * gives its session back. At most {@code maxAbandoned} such evaluations may still run: past that, new
 * evaluations fail at once instead of leaking threads.
 */
public final class TimeBudget {

    private static final AtomicInteger ENGINES = new AtomicInteger();
    private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    private final Duration budget;
    private final int maxAbandoned;
    private final Function<String, String> packOf;
    private final Function<StackTraceElement[], String> conditionRule;
    /** How long an abandoned evaluation's worker is given to end after halt and interrupt. */
    private static final long GRACE_MILLIS = 300;

    private final AtomicInteger abandonedRunning = new AtomicInteger();
    private final ThreadPoolExecutor workers;

    TimeBudget(Duration budget, int maxAbandoned, Function<String, String> packOf,
               Function<StackTraceElement[], String> conditionRule) {
        this.budget = budget;
        this.conditionRule = conditionRule;
        this.maxAbandoned = maxAbandoned;
        this.packOf = packOf;
        String prefix = "sla-evaluation-" + ENGINES.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The watch of the timed evaluation running on this thread, or {@code null}. */
    static Watch current() {
        return CURRENT.get();
    }

    /** Evaluations abandoned at their deadline whose workers have not ended yet. */
    public int abandonedRunning() {
        return abandonedRunning.get();
    }

    /**
     * Runs {@code evaluation} on a worker within the budget.
     *
     * @param onDone      run by the worker when the evaluation ended (returned or threw) before it
     *                    was abandoned, before the caller hears of it: the session may be given back
     * @param onAbandoned run by the worker when it ends after the evaluation was abandoned: what it
     *                    holds (its session) is its own from then on, to be disposed
     * @param whenAbandoned run by the calling thread when it abandons the evaluation
     * @throws EvaluationFailedException at the deadline, or at once when too many abandoned
     *                                   evaluations still run
     * @throws CancellationException     when the calling thread is interrupted while it waits
     */
    <T> T run(String agreementId, Supplier<T> evaluation, Runnable onDone, Runnable onAbandoned,
              Runnable whenAbandoned) {
        int stuck = abandonedRunning.get();
        if (stuck >= maxAbandoned) {
            throw new EvaluationFailedException(agreementId, "", "refused: " + stuck + " evaluation(s) abandoned at the "
                    + budget.toMillis() + " ms time budget are still running (a rule that ignores interruption?),"
                    + " the engine's bound (maxAbandonedEvaluations); new evaluations are accepted as they end", null);
        }
        Watch watch = new Watch(System.nanoTime() + budget.toNanos());
        Future<T> future = workers.submit(() -> {
            watch.worker = Thread.currentThread();
            CURRENT.set(watch);
            try {
                return evaluation.get();
            } finally {
                CURRENT.remove();
                try {
                    if (watch.state.compareAndSet(RUNNING, DONE)) {
                        onDone.run();
                    } else {
                        try {
                            onAbandoned.run();
                        } finally {
                            abandonedRunning.decrementAndGet();
                        }
                    }
                } finally {
                    // the flag of an interruption meant for this evaluation must not reach the next one
                    Thread.interrupted();
                }
            }
        });
        try {
            return future.get(Math.max(0, watch.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // no consequence running: a condition may be, which the worker's stack tells (read before
            // the interruption moves it on)
            Thread worker = watch.worker;
            String condition = watch.firing.isEmpty() && worker != null ? conditionRule.apply(worker.getStackTrace()) : "";
            if (!abandon(watch)) {
                return finished(future);
            }
            whenAbandoned.run();
            awaitEnd(future);
            String rule = condition.isEmpty() ? watch.rule() : condition;
            throw new EvaluationFailedException(agreementId, rule, packOf.apply(rule), "stopped after "
                    + budget.toMillis() + " ms, the engine's time budget" + (rule.isEmpty()
                    ? " (no rule could be named: neither a consequence nor a known condition was running)"
                    : " (the rule running then is named)") + "; the session was halted and its thread interrupted", null);
        } catch (InterruptedException e) {
            if (abandon(watch)) {
                whenAbandoned.run();
            }
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("SLA Rules: evaluation of agreement "
                    + agreementId + " interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    /** Marks the evaluation abandoned, halts its session and interrupts its worker; false when it finished first. */
    private boolean abandon(Watch watch) {
        if (!watch.state.compareAndSet(RUNNING, ABANDONED)) {
            return false;
        }
        abandonedRunning.incrementAndGet();
        KieSession session = watch.session;
        if (session != null) {
            session.halt();
        }
        Thread worker = watch.worker;
        if (worker != null) {
            worker.interrupt();
        }
        return true;
    }

    /**
     * Gives a halted or interrupted worker a moment to end, so that a rule which stops when asked
     * has its session disposed before the caller hears of the failure; one that does not stop is
     * left running (bounded by maxAbandonedEvaluations).
     */
    private static void awaitEnd(Future<?> future) {
        try {
            future.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // abandoned either way: what it ended with, or that it has not ended, changes nothing
        }
    }

    private static <T> T finished(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("SLA Rules: evaluation interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("SLA Rules: an evaluation failed unexpectedly", cause);
    }

    /** What a timed evaluation is doing, seen from the thread that waits for it. */
    static final class Watch {
        final long deadline;
        final AtomicInteger state = new AtomicInteger(RUNNING);
        volatile Thread worker;
        volatile KieSession session;
        volatile String firing = "";
        volatile RuleFirings firings;

        Watch(long deadline) {
            this.deadline = deadline;
        }

        /** Whether the caller gave up on it: the worker stops at the next chance. */
        boolean abandoned() {
            return state.get() == ABANDONED;
        }

        /** The rule whose consequence runs, else the rule of the session that fired most. */
        String rule() {
            String now = firing;
            if (!now.isEmpty()) {
                return now;
            }
            RuleFirings counts = firings;
            return counts == null ? "" : counts.mostFired();
        }
    }
}
