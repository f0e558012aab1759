package io.slarules.rules.internal.engine;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Where an evaluation gets its session, and what becomes of it afterwards.
 *
 * <p>{@link #perEvaluation} gives a new session to every evaluation and disposes it after.
 * {@link #perChunk} gives the evaluations of one chunk of a batch the same session, reset to empty
 * between them (working memory, agenda, node memories and counters: the next evaluation sees a new
 * session), which saves building the node memories again; a session whose evaluation failed is
 * disposed instead, and the next one starts afresh. Not thread-safe: one chunk, one thread.
 */
public abstract class ChunkSessions {

    /** A new session for each evaluation, disposed after it. */
    static ChunkSessions perEvaluation(KieBase kieBase) {
        return new ChunkSessions() {
            @Override
            public KieSession open() {
                return kieBase.newKieSession();
            }

            @Override
            public void close(KieSession session, boolean evaluated) {
                session.dispose();
            }

            @Override
            public void dispose() {
            }
        };
    }

    /** One session for the evaluations of a chunk; {@link #dispose()} it when the chunk is done. */
    public static ChunkSessions perChunk(KieBase kieBase) {
        return new ChunkSessions() {
            private KieSession current;

            @Override
            public KieSession open() {
                if (current == null) {
                    current = kieBase.newKieSession();
                }
                return current;
            }

            @Override
            public void close(KieSession session, boolean evaluated) {
                assert session == current : "SLA Rules: a chunk's session closed twice";
                if (evaluated && session instanceof StatefulKnowledgeSessionImpl reusable) {
                    reusable.reset();
                } else {
                    dispose();
                }
            }

            @Override
            public void dispose() {
                if (current != null) {
                    KieSession session = current;
                    current = null;
                    session.dispose();
                }
            }
        };
    }

    /** A session with nothing in it. */
    public abstract KieSession open();

    /**
     * Done with the session {@link #open()} gave.
     *
     * @param evaluated whether the evaluation completed; a failed one's session is never reused
     */
    public abstract void close(KieSession session, boolean evaluated);

    /** Disposes whatever session is kept. */
    public abstract void dispose();
}
