package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * One data set and how it is accessed.
 *
 * @param name name (required)
 * @param kind kind (required)
 * @param readsPerSecond readsPerSecond
 * @param writesPerSecond writesPerSecond
 * @param strongConsistency strongConsistency
 */
public record DataAccessPattern(
        String name,
        AccessKind kind,
        @Nullable Integer readsPerSecond,
        @Nullable Integer writesPerSecond,
        @Nullable Boolean strongConsistency) {

    /** Validates every given value; {@code null} means unknown. */
    public DataAccessPattern {
        Checks.notBlank("dataAccessPattern.name", name);
        Checks.required("dataAccessPattern.kind", kind);
        Checks.atLeast("dataAccessPattern.readsPerSecond", readsPerSecond, 0);
        Checks.atLeast("dataAccessPattern.writesPerSecond", writesPerSecond, 0);
    }
}
