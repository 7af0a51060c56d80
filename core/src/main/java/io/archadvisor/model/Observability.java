package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * Telemetry in place or planned.
 *
 * @param logs logs
 * @param metrics metrics
 * @param traces traces
 * @param alerting alerting
 * @param slos slos
 */
public record Observability(
        @Nullable Boolean logs,
        @Nullable Boolean metrics,
        @Nullable Boolean traces,
        @Nullable Boolean alerting,
        @Nullable Boolean slos) {

    /** Validates every given value; {@code null} means unknown. */
    public Observability {}
}
