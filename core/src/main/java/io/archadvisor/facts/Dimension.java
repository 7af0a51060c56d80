package io.archadvisor.facts;

/**
 * Every leaf of the requirements model a rule can reason about, with its path; an unknown one becomes an
 * {@link Unknown} fact.
 */
public enum Dimension {
    /** {@code scale.currentRequestsPerSecond} */
    SCALE_CURRENT_LOAD("scale.currentRequestsPerSecond", Area.SCALE),
    /** {@code scale.projectedRequestsPerSecond} */
    SCALE_PROJECTED_LOAD("scale.projectedRequestsPerSecond", Area.SCALE),
    /** {@code scale.currentUsers} */
    SCALE_CURRENT_USERS("scale.currentUsers", Area.SCALE),
    /** {@code scale.projectedUsers} */
    SCALE_PROJECTED_USERS("scale.projectedUsers", Area.SCALE),
    /** {@code scale.dataVolumeGb} */
    SCALE_DATA_VOLUME("scale.dataVolumeGb", Area.SCALE),
    /** {@code scale.horizonMonths} */
    SCALE_HORIZON("scale.horizonMonths", Area.SCALE),
    /** {@code team.size} */
    TEAM_SIZE("team.size", Area.TEAM),
    /** {@code team.expertise} */
    TEAM_EXPERTISE("team.expertise", Area.TEAM),
    /** {@code team.opsMaturity} */
    TEAM_OPS_MATURITY("team.opsMaturity", Area.TEAM),
    /** {@code budget.monthlyUsd} */
    BUDGET_MONTHLY("budget.monthlyUsd", Area.BUDGET),
    /** {@code budget.costSensitivity} */
    BUDGET_COST_SENSITIVITY("budget.costSensitivity", Area.BUDGET),
    /** {@code timeline.monthsToFirstRelease} */
    TIMELINE_FIRST_RELEASE("timeline.monthsToFirstRelease", Area.TIMELINE),
    /** {@code timeline.stage} */
    TIMELINE_STAGE("timeline.stage", Area.TIMELINE),
    /** {@code existing.techDebt} */
    EXISTING_TECH_DEBT("existing.techDebt", Area.EXISTING),
    /** {@code nfrs.latencyP99Ms} */
    NFR_LATENCY("nfrs.latencyP99Ms", Area.NFR),
    /** {@code nfrs.availabilityPercent} */
    NFR_AVAILABILITY("nfrs.availabilityPercent", Area.NFR),
    /** {@code nfrs.rpoMinutes} */
    NFR_RPO("nfrs.rpoMinutes", Area.NFR),
    /** {@code nfrs.rtoMinutes} */
    NFR_RTO("nfrs.rtoMinutes", Area.NFR),
    /** {@code nfrs.compliance} */
    NFR_COMPLIANCE("nfrs.compliance", Area.NFR),
    /** {@code nfrs.dataResidency} */
    NFR_DATA_RESIDENCY("nfrs.dataResidency", Area.NFR),
    /** {@code deployment.environment} */
    DEPLOYMENT_ENVIRONMENT("deployment.environment", Area.DEPLOYMENT),
    /** {@code deployment.provider} */
    DEPLOYMENT_PROVIDER("deployment.provider", Area.DEPLOYMENT),
    /** {@code deployment.kubernetes} */
    DEPLOYMENT_KUBERNETES("deployment.kubernetes", Area.DEPLOYMENT),
    /** {@code deployment.regions} */
    DEPLOYMENT_REGIONS("deployment.regions", Area.DEPLOYMENT),
    /** {@code deployment.availabilityZones} */
    DEPLOYMENT_ZONES("deployment.availabilityZones", Area.DEPLOYMENT),
    /** {@code workload.shape} */
    WORKLOAD_SHAPE("workload.shape", Area.WORKLOAD),
    /** {@code workload.asyncWorkflows} */
    WORKLOAD_ASYNC("workload.asyncWorkflows", Area.WORKLOAD),
    /** {@code workload.longRunningJobs} */
    WORKLOAD_LONG_RUNNING("workload.longRunningJobs", Area.WORKLOAD),
    /** {@code workload.realTime} */
    WORKLOAD_REAL_TIME("workload.realTime", Area.WORKLOAD),
    /** {@code workload.geoDistributed} */
    WORKLOAD_GEO("workload.geoDistributed", Area.WORKLOAD),
    /** {@code workload.auditTrail} */
    WORKLOAD_AUDIT_TRAIL("workload.auditTrail", Area.WORKLOAD),
    /** {@code workload.simpleCrud} */
    WORKLOAD_SIMPLE_CRUD("workload.simpleCrud", Area.WORKLOAD),
    /** {@code workload.iot} */
    WORKLOAD_IOT("workload.iot", Area.WORKLOAD),
    /** {@code domain.clarity} */
    DOMAIN_CLARITY("domain.clarity", Area.DOMAIN),
    /** {@code domain.boundedContexts} */
    DOMAIN_CONTEXTS("domain.boundedContexts", Area.DOMAIN),
    /** {@code domain.independentScaling} */
    DOMAIN_INDEPENDENT_SCALING("domain.independentScaling", Area.DOMAIN),
    /** {@code security.authentication} */
    SECURITY_AUTHENTICATION("security.authentication", Area.SECURITY),
    /** {@code security.authorization} */
    SECURITY_AUTHORIZATION("security.authorization", Area.SECURITY),
    /** {@code security.encryptionInTransit} */
    SECURITY_ENCRYPTION_IN_TRANSIT("security.encryptionInTransit", Area.SECURITY),
    /** {@code security.encryptionAtRest} */
    SECURITY_ENCRYPTION_AT_REST("security.encryptionAtRest", Area.SECURITY),
    /** {@code security.secretsManagement} */
    SECURITY_SECRETS("security.secretsManagement", Area.SECURITY),
    /** {@code security.auditLogging} */
    SECURITY_AUDIT_LOGGING("security.auditLogging", Area.SECURITY),
    /** {@code security.zeroTrust} */
    SECURITY_ZERO_TRUST("security.zeroTrust", Area.SECURITY),
    /** {@code security.leastPrivilege} */
    SECURITY_LEAST_PRIVILEGE("security.leastPrivilege", Area.SECURITY),
    /** {@code security.keyRotation} */
    SECURITY_KEY_ROTATION("security.keyRotation", Area.SECURITY),
    /** {@code security.inputValidation} */
    SECURITY_INPUT_VALIDATION("security.inputValidation", Area.SECURITY),
    /** {@code security.sbom} */
    SECURITY_SBOM("security.sbom", Area.SECURITY),
    /** {@code security.artifactSigning} */
    SECURITY_SIGNING("security.artifactSigning", Area.SECURITY),
    /** {@code security.dependencyScanning} */
    SECURITY_DEPENDENCY_SCANNING("security.dependencyScanning", Area.SECURITY),
    /** {@code security.relaxedDefaults} */
    SECURITY_RELAXED("security.relaxedDefaults", Area.SECURITY),
    /** {@code observability.logs} */
    OBSERVABILITY_LOGS("observability.logs", Area.OBSERVABILITY),
    /** {@code observability.metrics} */
    OBSERVABILITY_METRICS("observability.metrics", Area.OBSERVABILITY),
    /** {@code observability.traces} */
    OBSERVABILITY_TRACES("observability.traces", Area.OBSERVABILITY),
    /** {@code observability.alerting} */
    OBSERVABILITY_ALERTING("observability.alerting", Area.OBSERVABILITY),
    /** {@code observability.slos} */
    OBSERVABILITY_SLOS("observability.slos", Area.OBSERVABILITY),
    /** {@code proposal.style} */
    PROPOSAL_STYLE("proposal.style", Area.PROPOSAL),
    /** {@code proposal.services[*].calls[*].mode}: at least one call of the proposal does not say sync or async. */
    PROPOSAL_CALL_MODES("proposal.services[*].calls[*].mode", Area.PROPOSAL),
    /** {@code existing.technologies} */
    EXISTING_TECHNOLOGIES("existing.technologies", Area.EXISTING),
    /** {@code existing.decisions} */
    EXISTING_DECISIONS("existing.decisions", Area.EXISTING),
    /** {@code dataAccess} */
    DATA_ACCESS("dataAccess", Area.DATA),
    /** {@code proposal} */
    PROPOSAL("proposal", Area.PROPOSAL),
    /** {@code system} */
    SYSTEM_NAME("system", Area.SYSTEM);

    /** The context areas the seed asks about before recommending. */
    public enum Area {
        /** The system itself. */
        SYSTEM,
        /** Current and projected scale. */
        SCALE,
        /** Team size and expertise. */
        TEAM,
        /** Budget. */
        BUDGET,
        /** Timeline and stage. */
        TIMELINE,
        /** Existing infrastructure and debt. */
        EXISTING,
        /** Critical non-functional requirements. */
        NFR,
        /** Deployment environment. */
        DEPLOYMENT,
        /** Workload traits. */
        WORKLOAD,
        /** Domain understanding. */
        DOMAIN,
        /** Data access patterns. */
        DATA,
        /** Security posture. */
        SECURITY,
        /** Observability. */
        OBSERVABILITY,
        /** A proposal to review. */
        PROPOSAL
    }

    private final String path;
    private final Area area;

    Dimension(String path, Area area) {
        this.path = path;
        this.area = area;
    }

    /** The requirements path, such as {@code team.size}. */
    public String path() {
        return path;
    }

    /** The context area this dimension belongs to. */
    public Area area() {
        return area;
    }
}
