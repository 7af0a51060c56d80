package io.archadvisor.graph;

/** Which column of the seed's pattern table a signal comes from. */
public enum Stance {
    /** The pattern's "best for" column. */
    BEST_FOR,
    /** The pattern's "avoid when" column. */
    AVOID_WHEN
}
