package io.archadvisor.model;

/** What an architecture decision already taken is about. */
public enum DecisionTopic {
    ARCHITECTURE_STYLE,
    LANGUAGE,
    FRAMEWORK,
    DATABASE,
    MESSAGING,
    CLOUD_PROVIDER,
    ORCHESTRATION,
    API_STYLE,
    CI_CD,
    OBSERVABILITY
}
