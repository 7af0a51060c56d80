package io.archadvisor.graph;

/** The seed's areas of responsibility. */
public enum GuidanceArea {
    /** System architecture. */
    ARCHITECTURE,
    /** API design. */
    API,
    /** Data architecture. */
    DATA,
    /** Security. */
    SECURITY,
    /** Compliance and data governance. */
    COMPLIANCE,
    /** Performance and reliability. */
    RELIABILITY,
    /** Observability. */
    OBSERVABILITY,
    /** GitOps and platform engineering. */
    GITOPS,
    /** Edge and serverless architecture. */
    EDGE_SERVERLESS,
    /** Total cost of ownership. */
    COST,
    /** How the advice was reached: principles and evidence. */
    PROCESS
}
