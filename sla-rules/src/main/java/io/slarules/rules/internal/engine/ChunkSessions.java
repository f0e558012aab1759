package io.slarules.rules.internal.engine;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;

/**
 * Where the runs of an evaluation (or of a chunk of a batch, or of a monitor's look) get their
 * session, and what becomes of it afterwards. The first run takes a session from the engine's
 * {@link SessionPool}; the following runs get the same session, reset to empty between them (working
 * memory, agenda, node memories and counters: each run sees a new session), which saves building the
 * node memories again. A session whose run failed is disposed at once, never reused, and the next run
 * takes another. {@link #release()} gives the session kept back to the pool when the work is done;
 * {@link #dispose()} disposes it instead (an evaluation abandoned at its time budget). Either must be
 * called once the runs are done. Not thread-safe: one thread at a time.
 */
public final class ChunkSessions {

    private final SessionPool pool;
    /** The session of the runs, reset since its last run completed; {@code null} before the first. */
    private KieSession current;

    private ChunkSessions(SessionPool pool) {
        this.pool = pool;
    }

    /** Sessions drawn from {@code pool}. */
    static ChunkSessions from(SessionPool pool) {
        return new ChunkSessions(pool);
    }

    /** {@return a session with nothing in it} */
    public KieSession open() {
        if (current == null) {
            current = pool.take();
        }
        return current;
    }

    /**
     * Done with the session {@link #open()} gave: reset for the next run when the run completed,
     * disposed when it failed.
     *
     * @param evaluated whether the run completed; a failed one's session is never reused
     */
    public void close(KieSession session, boolean evaluated) {
        assert session == current : "SLA Rules: a session closed twice, or not the one opened";
        if (evaluated && pool.reuses() && session instanceof StatefulKnowledgeSessionImpl reusable) {
            reusable.reset();
        } else {
            dispose();
        }
    }

    /** Gives the session kept (reset after a completed run, if any) back to the pool. */
    public void release() {
        if (current != null) {
            KieSession session = current;
            current = null;
            pool.give(session);
        }
    }

    /** Disposes the session kept, if any: it is never given back. */
    public void dispose() {
        if (current != null) {
            KieSession session = current;
            current = null;
            session.dispose();
        }
    }
}
