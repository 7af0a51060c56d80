package io.archadvisor.runaway;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.drools.kiesession.consequence.StatefulKnowledgeSessionForRHS;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.RuleContext;

/** What the hostile test rules call into: a gate that releases their loops, and the session they ran in. */
public final class Probe {

    private static volatile CountDownLatch gate = new CountDownLatch(1);
    private static final AtomicReference<KieSession> SESSION = new AtomicReference<>();
    private static final AtomicLong SESSION_ID = new AtomicLong();

    private Probe() {}

    /** Arms the gate and forgets the last session, before a test. */
    public static synchronized void reset() {
        gate.countDown();
        gate = new CountDownLatch(1);
        SESSION.set(null);
    }

    /** Lets every loop waiting on the gate finish. */
    public static void open() {
        gate.countDown();
    }

    /** Whether the gate is open; hostile rules spin on this without ever blocking. */
    public static boolean isOpen() {
        return gate.getCount() == 0;
    }

    /** Records the session of the rule that calls it. */
    public static void capture(RuleContext context) {
        KieSession session = (KieSession) context.getKieRuntime();
        SESSION_ID.set(session.getIdentifier());
        SESSION.set(session);
    }

    /** The session the last capturing rule ran in. */
    public static KieSession session() {
        return SESSION.get();
    }

    /** The identifier of the session the last capturing rule ran in, read while it ran. */
    public static long sessionId() {
        return SESSION_ID.get();
    }

    /** Whether the captured session is still alive (pooled, not destroyed). */
    public static boolean sessionAlive() {
        return alive(SESSION.get());
    }

    /** Whether a session captured from a consequence is still alive (pooled, not destroyed). */
    public static boolean alive(KieSession session) {
        if (session instanceof StatefulKnowledgeSessionForRHS rhs) {
            return rhs.isAlive();
        }
        return ((StatefulKnowledgeSessionImpl) session).isAlive();
    }
}
