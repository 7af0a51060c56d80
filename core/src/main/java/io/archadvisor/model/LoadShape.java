package io.archadvisor.model;

/** The shape of the workload over time. */
public enum LoadShape {
    STEADY,
    SPIKY,
    SEASONAL
}
