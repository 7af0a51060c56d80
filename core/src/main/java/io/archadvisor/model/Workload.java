package io.archadvisor.model;

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
        LoadShape shape,
        Boolean asyncWorkflows,
        Boolean longRunningJobs,
        Boolean realTime,
        Boolean geoDistributed,
        Boolean auditTrail,
        Boolean simpleCrud,
        Boolean iot) {

    /** Validates every given value; {@code null} means unknown. */
    public Workload {}
}
