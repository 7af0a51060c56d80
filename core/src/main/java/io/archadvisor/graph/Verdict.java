package io.archadvisor.graph;

/** How well a pattern fits the requirements. */
public enum Verdict {
    /** Fits best; recommended. */
    RECOMMENDED,
    /** Fits, but another option fits better or it complements the primary choice only partly. */
    VIABLE,
    /** The seed's "avoid when" applies. */
    AVOID
}
