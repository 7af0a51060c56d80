package io.archadvisor.model;

/** An authorization model. */
public enum AuthzModel {
    NONE,
    ACL,
    RBAC,
    ABAC,
    REBAC
}
