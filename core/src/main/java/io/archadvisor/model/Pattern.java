package io.archadvisor.model;

/** The architecture patterns of the seed's pattern table. */
public enum Pattern {
    /** One deployable, internally split into modules with enforced boundaries. */
    MODULAR_MONOLITH("Modular Monolith"),
    /** Independently deployable services around bounded contexts. */
    MICROSERVICES("Microservices"),
    /** Managed functions triggered by events, billed per use. */
    SERVERLESS("Serverless"),
    /** Compute placed near users or devices. */
    EDGE("Edge Computing"),
    /** Components communicating through events on a broker or log. */
    EVENT_DRIVEN("Event-Driven");

    private final String label;

    Pattern(String label) {
        this.label = label;
    }

    /** The pattern's name as the seed's table writes it. */
    public String label() {
        return label;
    }

    /** Whether this pattern decides the deployment structure (as opposed to complementing it). */
    public boolean structural() {
        return this == MODULAR_MONOLITH || this == MICROSERVICES || this == SERVERLESS;
    }
}
