package io.archadvisor.internal;

import java.util.concurrent.locks.LockSupport;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Caps how many facts rules may insert in one evaluation, so that a consequence inserting in a loop fails fast instead
 * of exhausting the host's memory. The insertion that crosses the limit throws {@link Exceeded} out of the
 * consequence; a consequence that catches it and keeps inserting has its thread parked for good (it no longer runs,
 * and the wall-clock limit abandons it), so memory stays bounded either way.
 */
final class FactBudget implements RuleRuntimeEventListener {

    /** Thrown out of the insertion that crosses the limit. */
    static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient String ruleId;

        Exceeded(String ruleId, int max) {
            super("More than " + max + " facts inserted by rules", null, false, false);
            this.ruleId = ruleId;
        }

        String ruleId() {
            return ruleId;
        }
    }

    private final int max;
    private int inserted;
    private boolean exceeded;

    FactBudget(int max) {
        this.max = max;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null || ++inserted <= max) {
            return;
        }
        if (exceeded) {
            // the consequence swallowed the first error and keeps inserting: stop this thread from growing memory
            while (true) {
                Thread.interrupted(); // park returns at once while the interrupt status is set
                LockSupport.park(this);
            }
        }
        exceeded = true;
        throw new Exceeded(event.getRule().getName(), max);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // updates do not grow working memory
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // deletions free working memory
    }
}
