package io.archadvisor.graph;

import io.archadvisor.catalog.AdvisorySeverity;

/** How much a finding or risk matters, lowest first. */
public enum Severity {
    /** Worth knowing. */
    INFO,
    /** Minor. */
    LOW,
    /** Should be addressed. */
    MEDIUM,
    /** Must be addressed before going live. */
    HIGH,
    /** Blocks the design. */
    CRITICAL;

    /** The finding severity for what an advisory states: the same level. */
    public static Severity of(AdvisorySeverity advisory) {
        return valueOf(advisory.name());
    }
}
