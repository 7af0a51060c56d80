package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is known about the system to advise on: every section and every field is optional, and {@code null} means
 * <em>unknown</em>, never false or zero. An empty list means "known to be none".
 *
 * @param system the system's name
 * @param scale current and projected load
 * @param team the team
 * @param budget the budget
 * @param timeline the timeline and product stage
 * @param existing existing infrastructure, debt and decisions
 * @param nfrs critical non-functional requirements
 * @param deployment the deployment environment
 * @param workload the workload's shape and traits
 * @param domain domain clarity and scaling needs
 * @param dataAccess the data sets and their access patterns
 * @param security the security posture
 * @param observability the telemetry
 * @param proposal an optional architecture proposal to review
 */
public record Requirements(
        @Nullable String system,
        @Nullable Scale scale,
        @Nullable Team team,
        @Nullable Budget budget,
        @Nullable Timeline timeline,
        @Nullable ExistingInfrastructure existing,
        @Nullable Nfrs nfrs,
        @Nullable Deployment deployment,
        @Nullable Workload workload,
        @Nullable Domain domain,
        @Nullable List<DataAccessPattern> dataAccess,
        @Nullable Security security,
        @Nullable Observability observability,
        @Nullable Proposal proposal) {

    /** Validates the lists; every section may be {@code null} (unknown). */
    public Requirements {
        dataAccess = Checks.list("requirements.dataAccess", dataAccess);
    }

    /** Requirements with nothing known but the system's name. */
    public static Requirements named(String system) {
        return new Requirements(system, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
