package io.archadvisor.graph;

import java.util.Objects;

/**
 * A fact a rule inserts to relate two nodes; the engine turns it into an {@link Edge}. For example
 * {@code insertLogical(Relation.of($mitigation, $risk, EdgeType.MITIGATES))}. {@link EdgeType#DERIVED_FROM} edges
 * need no relation: the engine adds them from what each rule matched.
 *
 * @param from the source node
 * @param to the target node
 * @param type how they relate
 */
public record Relation(Node from, Node to, EdgeType type) {

    /** Validates the relation. */
    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }

    /** A relation from {@code from} to {@code to}. */
    public static Relation of(Node from, Node to, EdgeType type) {
        return new Relation(from, to, type);
    }

    /** The edge this relation stands for. */
    public Edge toEdge() {
        return new Edge(from.id(), to.id(), type);
    }
}
