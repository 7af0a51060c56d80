package io.archadvisor.model;

/** Low / medium / high, for maturity, sensitivity and debt. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
