package io.archadvisor.model;

/** An authentication mechanism. */
public enum AuthMethod {
    JWT,
    OAUTH2,
    OIDC,
    API_KEYS,
    MTLS,
    SESSION,
    SAML
}
