package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * A datastore of a proposal.
 *
 * @param name name (required)
 * @param technology technology
 * @param kind kind
 * @param replicas replicas
 */
public record DatastoreSpec(
        String name,
        @Nullable String technology,
        @Nullable AccessKind kind,
        @Nullable Integer replicas) {

    /** Validates every given value; {@code null} means unknown. */
    public DatastoreSpec {
        Checks.notBlank("datastoreSpec.name", name);
        Checks.atLeast("datastoreSpec.replicas", replicas, 0);
    }
}
