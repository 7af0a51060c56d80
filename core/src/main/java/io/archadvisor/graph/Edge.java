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

    // by source, type and target; spelled out, as graphs sort hundreds of edges on every advice
    static final Comparator<Edge> ORDER = (a, b) -> {
        int c = a.from.compareTo(b.from);
        if (c != 0) {
            return c;
        }
        c = a.type.compareTo(b.type);
        return c != 0 ? c : a.to.compareTo(b.to);
    };

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
