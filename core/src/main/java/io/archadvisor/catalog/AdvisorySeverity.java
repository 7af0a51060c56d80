package io.archadvisor.catalog;

/** The severity a security advisory states, lowest first (GitHub's "moderate" is {@link #MEDIUM}). */
public enum AdvisorySeverity {
    /** No rating, or informational. */
    INFO,
    /** Low. */
    LOW,
    /** Medium (moderate). */
    MEDIUM,
    /** High. */
    HIGH,
    /** Critical. */
    CRITICAL
}
