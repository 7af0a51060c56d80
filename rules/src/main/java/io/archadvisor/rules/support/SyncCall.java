package io.archadvisor.rules.support;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.facts.ServiceDependency;
import io.archadvisor.model.CallMode;
import java.util.Objects;

/**
 * One synchronous call of the call graph, wrapping the dependency fact it came from. The wrapper keeps an analysis
 * over all calls from resting on every call: a finding about one cycle or chain names exactly its own calls, through
 * {@link SyncCallGraph#dependencies}.
 *
 * @param dependency the synchronous call
 */
public record SyncCall(ServiceDependency dependency) {

    /**
     * Requires a synchronous dependency.
     *
     * @throws IllegalArgumentException when the dependency is asynchronous
     */
    public SyncCall {
        Objects.requireNonNull(dependency, "dependency");
        if (dependency.mode() != CallMode.SYNC) {
            throw new InvalidValueException("Not a synchronous call: " + dependency.displayValue());
        }
    }

    /** The calling service. */
    public String from() {
        return dependency.from();
    }

    /** The called service. */
    public String to() {
        return dependency.to();
    }
}
