package io.archadvisor.graph;

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
    CRITICAL
}
