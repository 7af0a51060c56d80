package io.archadvisor.graph;

/** The outcome of a pre-response checklist item. */
public enum CheckStatus {
    /** Verified from the graph and the data behind it. */
    PASS,
    /** Verified not to hold; the evidence says why. */
    FAIL,
    /** Cannot be decided from what is known; the evidence says what is missing. */
    UNKNOWN
}
