package io.archadvisor.internal;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Reuses sessions between evaluations, and really destroys the ones a rule broke. (Drools' own
 * {@code KieContainerSessionsPool} cannot do the latter: a pooled session's {@code destroy()} returns it to the pool
 * like {@code dispose()}, and the pool keeps every session it ever made until it shuts down.) At most
 * {@code maxIdle} reset sessions are kept; more are disposed when returned.
 */
final class SessionPool {

    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicInteger live = new AtomicInteger();
    private volatile boolean closed;

    SessionPool(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    /** An empty session: a reset idle one, or a new one. */
    KieSession acquire() {
        KieSession s = idle.pollFirst();
        if (s != null) {
            idleCount.decrementAndGet();
            return s;
        }
        live.incrementAndGet();
        return kieBase.newKieSession();
    }

    /** Takes back a session whose evaluation finished cleanly: it is reset and kept for reuse, or disposed. */
    void release(KieSession session) {
        if (closed || idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            destroy(session);
            return;
        }
        ((StatefulKnowledgeSessionImpl) session).reset();
        idle.offerFirst(session);
        if (closed) {
            drain();
        }
    }

    /** Disposes a session a rule broke, halted or left half-done: it is never used again. */
    void destroy(KieSession session) {
        live.decrementAndGet();
        session.dispose();
    }

    /** Disposes the idle sessions; sessions in use are disposed when they come back. */
    void close() {
        closed = true;
        drain();
    }

    /** How many sessions exist: in use, idle, or held by a stuck evaluation. */
    int live() {
        return live.get();
    }

    private void drain() {
        for (KieSession s; (s = idle.pollFirst()) != null; ) {
            idleCount.decrementAndGet();
            destroy(s);
        }
    }
}
