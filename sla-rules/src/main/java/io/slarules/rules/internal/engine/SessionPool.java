package io.slarules.rules.internal.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The idle sessions of one {@link KieBase}, reset to empty and kept for the next evaluation: building
 * a session's node memories was about a sixth of a service-level session's time. Holds at most
 * {@link #capacity()} idle sessions; one given back past that is disposed. Only a session whose last
 * run completed and which was reset since is given back (see {@link ChunkSessions}); a failed or
 * abandoned evaluation's session is disposed instead. Thread-safe: the sessions one thread gives
 * back another takes.
 */
public final class SessionPool {

    private final KieBase kieBase;
    private final int capacity;
    /** Last in, first out: the session used last is the likeliest to be in the cache. */
    private final Deque<KieSession> idle = new ArrayDeque<>();

    private SessionPool(KieBase kieBase, int capacity) {
        this.kieBase = kieBase;
        this.capacity = capacity;
    }

    /** A pool keeping as many idle sessions as there are processors, at least 2. */
    static SessionPool of(KieBase kieBase) {
        return new SessionPool(kieBase, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * A pool that keeps nothing and whose sessions are never reset for another run: every run gets a
     * new session, disposed after it, as before sessions were pooled (for comparisons).
     */
    static SessionPool none(KieBase kieBase) {
        return new SessionPool(kieBase, 0);
    }

    /** {@return how many idle sessions are kept at most} */
    int capacity() {
        return capacity;
    }

    /** {@return whether a session whose run completed is reset for the next run rather than disposed} */
    boolean reuses() {
        return capacity > 0;
    }

    /** {@return an idle session, or a new one when none is} */
    KieSession take() {
        KieSession session;
        synchronized (idle) {
            session = idle.pollFirst();
        }
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Takes back a session reset after a completed run, or disposes it when the pool is full.
     *
     * @param session a session {@link #take()} gave, reset to empty
     */
    void give(KieSession session) {
        synchronized (idle) {
            if (idle.size() < capacity) {
                idle.addFirst(session);
                return;
            }
        }
        session.dispose();
    }

    /** {@return how many idle sessions are kept now} */
    int idle() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** Disposes every idle session; sessions in use are given back (or disposed) as usual later. */
    void disposeIdle() {
        while (true) {
            KieSession session;
            synchronized (idle) {
                session = idle.pollFirst();
            }
            if (session == null) {
                return;
            }
            session.dispose();
        }
    }
}
