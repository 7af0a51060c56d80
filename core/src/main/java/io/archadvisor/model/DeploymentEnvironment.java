package io.archadvisor.model;

/** Where the system runs. */
public enum DeploymentEnvironment {
    CLOUD,
    EDGE,
    HYBRID,
    ON_PREM
}
