package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a timed evaluation's worker does with its session: one that finishes in time gives it back;
 * one abandoned at the deadline disposes it when it ends, even when its run completed.
 */
class TimeBudgetTest {

    private static final KieBase KIE_BASE = DroolsSlaEngineFactory.defaultKieBase();

    private static TimeBudget budget(Duration budget) {
        return new TimeBudget(budget, 4, rule -> "", stack -> "");
    }

    @Test
    void aWorkerThatFinishesInTimeGivesItsSessionBack() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        ChunkSessions sessions = ChunkSessions.from(pool);

        String result = budget(Duration.ofSeconds(10)).run("AG-1", () -> {
            sessions.close(sessions.open(), true);
            return "done";
        }, sessions::release, sessions::dispose, () -> { });

        assertThat(result).isEqualTo("done");
        // given back before the caller heard of the result
        assertThat(pool.idle()).isOne();
        pool.disposeIdle();
    }

    @Test
    void anAbandonedEvaluationsSessionIsDisposedWhenItsWorkerEndsEvenIfItsRunCompleted()
            throws InterruptedException {
        SessionPool pool = SessionPool.of(KIE_BASE);
        ChunkSessions sessions = ChunkSessions.from(pool);
        int before = KIE_BASE.getKieSessions().size();
        CountDownLatch release = new CountDownLatch(1);
        KieSession[] used = new KieSession[1];
        TimeBudget budget = budget(Duration.ofMillis(100));

        assertThatThrownBy(() -> budget.run("AG-1", () -> {
            used[0] = sessions.open();
            sessions.close(used[0], true);
            // deaf to interruption: the run completes, well after the deadline
            boolean released = false;
            while (!released) {
                try {
                    released = release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // ignored on purpose
                }
            }
            return "late";
        }, sessions::release, sessions::dispose, () -> { })).isInstanceOf(EvaluationFailedException.class)
                .hasMessageContaining("time budget");
        assertThat(budget.abandonedRunning()).isOne();

        release.countDown();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (budget.abandonedRunning() > 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }

        assertThat(budget.abandonedRunning()).isZero();
        assertThat(pool.idle()).as("given back").isZero();
        assertThat(KIE_BASE.getKieSessions()).hasSize(before);
        assertThat(KIE_BASE.getKieSessions().contains(used[0])).as("abandoned session kept").isFalse();
    }
}
