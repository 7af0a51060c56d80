package io.archadvisor.graph;

import java.util.Objects;

/**
 * A box of the architecture diagram.
 *
 * @param name the component's name, unique in the graph
 * @param kind what it is
 * @param description what it does
 */
public record Component(String name, ComponentKind kind, String description) implements Node {

    /** Validates the node. */
    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String id() {
        return "component:" + name;
    }

    @Override
    public String summary() {
        return name + " (" + kind + ")";
    }
}
