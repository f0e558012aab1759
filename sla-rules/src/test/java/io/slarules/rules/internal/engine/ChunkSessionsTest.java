package io.slarules.rules.internal.engine;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs of an evaluation share one session, reset between them; a failed run's session is disposed,
 * never given back; the session kept is given back by {@code release} and disposed by {@code dispose}.
 */
class ChunkSessionsTest {

    private static final KieBase KIE_BASE = DroolsSlaEngineFactory.defaultKieBase();

    @Test
    void theRunsShareOneSessionResetBetweenThemAndReleaseGivesItBack() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        ChunkSessions sessions = ChunkSessions.from(pool);
        KieSession first = sessions.open();
        first.insert("a fact of the first run");
        sessions.close(first, true);

        KieSession second = sessions.open();

        assertThat(second).isSameAs(first);
        assertThat(second.getObjects()).as("reset").isEmpty();
        sessions.close(second, true);
        sessions.release();
        assertThat(pool.idle()).isOne();
        pool.disposeIdle();
    }

    @Test
    void aFailedRunsSessionIsDisposedAndTheNextRunTakesAnother() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        ChunkSessions sessions = ChunkSessions.from(pool);
        int before = KIE_BASE.getKieSessions().size();
        KieSession failed = sessions.open();

        sessions.close(failed, false);

        assertThat(KIE_BASE.getKieSessions()).hasSize(before);
        assertThat(KIE_BASE.getKieSessions().contains(failed)).as("failed session kept").isFalse();
        KieSession next = sessions.open();
        assertThat(next).isNotSameAs(failed);
        sessions.close(next, false);
        sessions.release();
        assertThat(pool.idle()).isZero();
        assertThat(KIE_BASE.getKieSessions()).hasSize(before);
    }

    @Test
    void disposeNeverGivesTheSessionBack() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        ChunkSessions sessions = ChunkSessions.from(pool);
        int before = KIE_BASE.getKieSessions().size();
        sessions.close(sessions.open(), true);

        sessions.dispose();

        assertThat(pool.idle()).isZero();
        assertThat(KIE_BASE.getKieSessions()).hasSize(before);
    }

    @Test
    void withAPoolOfNoneEveryRunHasANewSession() {
        ChunkSessions sessions = ChunkSessions.from(SessionPool.none(KIE_BASE));
        int before = KIE_BASE.getKieSessions().size();
        KieSession first = sessions.open();
        sessions.close(first, true);

        KieSession second = sessions.open();

        assertThat(second).isNotSameAs(first);
        sessions.close(second, true);
        sessions.release();
        assertThat(KIE_BASE.getKieSessions()).hasSize(before);
    }
}
