package io.archadvisor.model;

/**
 * Telemetry in place or planned.
 *
 * @param logs logs
 * @param metrics metrics
 * @param traces traces
 * @param alerting alerting
 * @param slos slos
 */
public record Observability(Boolean logs, Boolean metrics, Boolean traces, Boolean alerting, Boolean slos) {

    /** Validates every given value; {@code null} means unknown. */
    public Observability {}
}
