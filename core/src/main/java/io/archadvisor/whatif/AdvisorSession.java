package io.archadvisor.whatif;

import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;

/**
 * A stateful what-if session: change one requirement at a time and get the delta. Conclusions whose premises change
 * retract themselves (truth maintenance), so {@link #graph()} always equals a fresh
 * {@link io.archadvisor.Advisor#advise} of {@link #requirements()}. Not thread-safe: use one session per thread.
 */
public interface AdvisorSession extends AutoCloseable {

    /** The requirements as they stand. */
    Requirements requirements();

    /** The advice as it stands. */
    RecommendationGraph graph();

    /** Sets the value at a path such as {@code team.size}; see {@link io.archadvisor.model.Edits}. */
    GraphDelta set(String path, Object value);

    /** Makes the value at a path unknown again. */
    GraphDelta clear(String path);

    /**
     * Adds a service to the proposal (creating the proposal if there is none). Like every change, it is refused with a
     * {@link io.archadvisor.model.RequirementsException}, leaving the session as it was, when it would leave the
     * proposal naming a service or datastore it does not declare (unless the advisor was built with
     * {@code checkReferences(false)}).
     */
    GraphDelta addService(ServiceSpec service);

    /** Removes a service, and every call to it and every {@code deploysWith} naming it, from the proposal. */
    GraphDelta removeService(String name);

    /** Adds a call from one proposed service to another. */
    GraphDelta addDependency(String from, ServiceCall call);

    /** Removes the calls from one proposed service to another. */
    GraphDelta removeDependency(String from, String to);

    /** Replaces the requirements wholesale. */
    GraphDelta update(Requirements next);

    /** Releases the session. */
    @Override
    void close();
}
