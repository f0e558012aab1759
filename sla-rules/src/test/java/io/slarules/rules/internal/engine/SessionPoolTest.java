package io.slarules.rules.internal.engine;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle sessions of a KieBase: given back, taken again, at most as many kept as the pool holds. */
class SessionPoolTest {

    private static final KieBase KIE_BASE = DroolsSlaEngineFactory.defaultKieBase();

    /** Sessions of the default KieBase, whoever holds them (the default engines' pool keeps some). */
    private static int sessions() {
        return KIE_BASE.getKieSessions().size();
    }

    @Test
    void aSessionGivenBackIsTheNextOneTaken() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        KieSession session = pool.take();

        pool.give(session);

        assertThat(pool.idle()).isOne();
        assertThat(pool.take()).isSameAs(session);
        assertThat(pool.idle()).isZero();
        session.dispose();
    }

    @Test
    void aFullPoolDisposesWhatIsGivenBack() {
        SessionPool pool = SessionPool.of(KIE_BASE);
        assertThat(pool.capacity()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        int before = sessions();
        List<KieSession> taken = new ArrayList<>();
        for (int i = 0; i < pool.capacity() + 3; i++) {
            taken.add(pool.take());
        }

        taken.forEach(pool::give);

        assertThat(pool.idle()).isEqualTo(pool.capacity());
        assertThat(sessions() - before).isEqualTo(pool.capacity());
        pool.disposeIdle();
        assertThat(pool.idle()).isZero();
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aPoolOfNoneKeepsNothing() {
        SessionPool pool = SessionPool.none(KIE_BASE);
        int before = sessions();

        pool.give(pool.take());

        assertThat(pool.reuses()).isFalse();
        assertThat(pool.idle()).isZero();
        assertThat(sessions()).isEqualTo(before);
    }
}
