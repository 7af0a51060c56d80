package io.archadvisor.graph;

/** The eight items of the seed's pre-response checklist, in its order. */
public enum ChecklistItem {
    /** All recommended technologies verified against current documentation. */
    TECHNOLOGIES_VERIFIED("All recommended technologies verified against current documentation"),
    /** Version numbers confirmed from current documentation. */
    VERSIONS_CONFIRMED("Version numbers confirmed from current documentation"),
    /** No known security vulnerabilities in the suggested stack. */
    NO_KNOWN_VULNERABILITIES("No known security vulnerabilities in suggested stack"),
    /** No deprecated features or patterns. */
    NO_DEPRECATED_FEATURES("No deprecated features or patterns"),
    /** API patterns match current library versions. */
    API_PATTERNS_CURRENT("API patterns match current library versions"),
    /** Trade-offs clearly articulated. */
    TRADE_OFFS_ARTICULATED("Trade-offs clearly articulated"),
    /** Deployment strategy defined (GitOps, CI/CD). */
    DEPLOYMENT_STRATEGY_DEFINED("Deployment strategy defined (GitOps, CI/CD)"),
    /** Edge/serverless considered where appropriate. */
    EDGE_SERVERLESS_CONSIDERED("Edge/serverless considered where appropriate");

    private final String text;

    ChecklistItem(String text) {
        this.text = text;
    }

    /** The item as the seed words it. */
    public String text() {
        return text;
    }
}
