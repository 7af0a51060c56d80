package io.archadvisor.graph;

import java.util.Objects;

/**
 * An arrow of the architecture diagram.
 *
 * @param from the source component's name
 * @param to the target component's name
 * @param label what flows
 * @param async whether the flow is asynchronous
 */
public record Flow(String from, String to, String label, boolean async) implements Node {

    /** Validates the node. */
    public Flow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String id() {
        return "flow:" + from + "->" + to + ":" + label;
    }

    @Override
    public String summary() {
        return from + (async ? " ~> " : " -> ") + to + ": " + label;
    }
}
