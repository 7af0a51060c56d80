package io.archadvisor.model;

/** Where the product is in its life. */
public enum Stage {
    IDEA,
    MVP,
    GROWTH,
    MATURE
}
