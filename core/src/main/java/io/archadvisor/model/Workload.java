package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * The shape and traits of the workload.
 *
 * @param shape shape
 * @param asyncWorkflows asyncWorkflows
 * @param longRunningJobs longRunningJobs
 * @param realTime realTime
 * @param geoDistributed geoDistributed
 * @param auditTrail auditTrail
 * @param simpleCrud simpleCrud
 * @param iot iot
 */
public record Workload(
        @Nullable LoadShape shape,
        @Nullable Boolean asyncWorkflows,
        @Nullable Boolean longRunningJobs,
        @Nullable Boolean realTime,
        @Nullable Boolean geoDistributed,
        @Nullable Boolean auditTrail,
        @Nullable Boolean simpleCrud,
        @Nullable Boolean iot) {

    /** Validates every given value; {@code null} means unknown. */
    public Workload {}
}
