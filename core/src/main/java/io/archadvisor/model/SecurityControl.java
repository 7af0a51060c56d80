package io.archadvisor.model;

/** A security-by-default control that requirements may explicitly relax. */
public enum SecurityControl {
    ZERO_TRUST,
    LEAST_PRIVILEGE,
    ENCRYPTION_IN_TRANSIT,
    ENCRYPTION_AT_REST,
    AUDIT_LOGGING,
    DATA_RESIDENCY
}
