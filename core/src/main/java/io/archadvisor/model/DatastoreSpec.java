package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * A datastore of a proposal.
 *
 * @param name name (required)
 * @param technology technology
 * @param kind kind
 * @param replicas replicas
 * @param exposure how it can be reached from outside the system
 */
public record DatastoreSpec(
        String name,
        @Nullable String technology,
        @Nullable AccessKind kind,
        @Nullable Integer replicas,
        @Nullable Exposure exposure) {

    /** Validates every given value; {@code null} means unknown. */
    public DatastoreSpec {
        Checks.notBlank("datastoreSpec.name", name);
        Checks.atLeast("datastoreSpec.replicas", replicas, 0);
    }

    /** A datastore whose exposure is unknown. */
    public DatastoreSpec(
            String name, @Nullable String technology, @Nullable AccessKind kind, @Nullable Integer replicas) {
        this(name, technology, kind, replicas, null);
    }
}
