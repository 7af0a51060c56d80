package io.archadvisor.graph;

import java.util.Comparator;
import java.util.Objects;

/**
 * A typed edge between two nodes of the graph, by node id.
 *
 * @param from the source node's id
 * @param to the target node's id
 * @param type how they relate
 */
public record Edge(String from, String to, EdgeType type) {

    static final Comparator<Edge> ORDER =
            Comparator.comparing(Edge::from).thenComparing(Edge::type).thenComparing(Edge::to);

    /** Validates the edge. */
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return from + " -" + type + "-> " + to;
    }
}
