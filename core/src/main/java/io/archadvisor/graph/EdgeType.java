package io.archadvisor.graph;

/** How two nodes of the graph relate. */
public enum EdgeType {
    /** The source was derived by a rule that matched the target. */
    DERIVED_FROM,
    /** The source argues for the target. */
    SUPPORTS,
    /** The source argues against the target. */
    CONFLICTS_WITH,
    /** The source reduces the target risk or finding. */
    MITIGATES,
    /** The source stays provisional until the target question is answered. */
    BLOCKED_BY
}
