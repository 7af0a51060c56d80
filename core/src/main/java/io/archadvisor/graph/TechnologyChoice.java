package io.archadvisor.graph;

import java.util.Objects;

/**
 * A technology recommended for a role in the design.
 *
 * @param role the role, such as {@code primary-datastore}
 * @param technology the technology, such as {@code PostgreSQL}
 * @param version the recommended version line, or {@code null} until a catalog confirms one
 * @param docsUrl the documentation link, or {@code null}
 * @param rationale why it fits, naming the facts
 */
public record TechnologyChoice(String role, String technology, String version, String docsUrl, String rationale) implements Node {

    /** Validates the node. */
    public TechnologyChoice {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(rationale, "rationale");
    }

    @Override
    public String id() {
        return "technology:" + role;
    }

    @Override
    public String summary() {
        return role + ": " + technology + (version == null ? "" : " " + version);
    }
}
