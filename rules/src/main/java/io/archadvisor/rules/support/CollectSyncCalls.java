package io.archadvisor.rules.support;

import io.archadvisor.facts.ServiceDependency;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The accumulate function {@code collectSyncCalls($dependency)}: the list of the synchronous calls accumulated, each
 * wrapped in a {@link SyncCall}, in the order they were accumulated. It does what {@code collectList(new SyncCall($d))}
 * does, in a form that Drools' executable model compiles (it rejects object creation inside an accumulate); the
 * wrappers keep an analysis over all calls from resting on every call.
 */
public final class CollectSyncCalls implements AccumulateFunction<CollectSyncCalls.Calls> {

    /** The calls accumulated so far. */
    public static final class Calls implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<SyncCall> calls = new ArrayList<>();

        /** No call yet. */
        public Calls() {}
    }

    /** The function, as Drools instantiates it. */
    public CollectSyncCalls() {}

    @Override
    public Calls createContext() {
        return new Calls();
    }

    @Override
    public void init(Calls context) {
        context.calls.clear();
    }

    @Override
    public void accumulate(Calls context, Object value) {
        accumulateValue(context, value);
    }

    @Override
    public Object accumulateValue(Calls context, Object value) {
        SyncCall call = new SyncCall((ServiceDependency) value);
        context.calls.add(call);
        return call;
    }

    @Override
    public void reverse(Calls context, Object undo) {
        for (int i = context.calls.size() - 1; i >= 0; i--) { // equal calls are interchangeable
            if (context.calls.get(i).equals(undo)) {
                context.calls.remove(i);
                return;
            }
        }
    }

    @Override
    public Object getResult(Calls context) {
        return Collections.unmodifiableList(new ArrayList<>(context.calls));
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return List.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // stateless
    }

    @Override
    public void readExternal(ObjectInput in) {
        // stateless
    }
}
