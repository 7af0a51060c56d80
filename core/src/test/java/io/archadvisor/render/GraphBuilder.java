package io.archadvisor.render;

import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link RecommendationGraph} by hand the way the engine would: every node with the rule that derived it, the
 * facts that rule matched and the nodes it rests on, plus a {@code DERIVED_FROM} edge to each of those nodes.
 */
final class GraphBuilder {

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Provenance> provenance = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final List<io.archadvisor.graph.Waiver> waivers = new ArrayList<>();
    private final Map<String, io.archadvisor.graph.Waiver> waived = new LinkedHashMap<>();

    /** Starts a node; finish it with {@link Adding#by}. */
    Adding add(Node node) {
        return new Adding(node);
    }

    /** Adds a typed edge between two nodes already added. */
    GraphBuilder edge(Node from, EdgeType type, Node to) {
        edges.add(new Edge(from.id(), to.id(), type));
        return this;
    }

    /** Records rules that fired without deriving a node. */
    GraphBuilder fired(String... rules) {
        fired.addAll(List.of(rules));
        return this;
    }

    /** Records a waiver given for the advice, accepting these findings (none when it matched nothing). */
    GraphBuilder waiver(io.archadvisor.graph.Waiver waiver, Node... accepted) {
        waivers.add(waiver);
        for (Node n : accepted) {
            waived.put(n.id(), waiver);
        }
        return this;
    }

    RecommendationGraph build() {
        return new RecommendationGraph(nodes, edges, provenance, List.copyOf(fired), waivers, waived);
    }

    /** A fact the rule matched, as {@code path = value}. */
    static FactRef fact(String path, String value) {
        return new FactRef(path, value);
    }

    /** A fact the rule matched as unknown. */
    static FactRef unknown(String path) {
        return new FactRef(path, null);
    }

    /** A node being added. */
    final class Adding {
        private final Node node;
        private final List<FactRef> facts = new ArrayList<>();
        private final List<String> from = new ArrayList<>();

        Adding(Node node) {
            this.node = node;
        }

        Adding facts(FactRef... refs) {
            facts.addAll(List.of(refs));
            return this;
        }

        Adding from(Node... derivedFrom) {
            for (Node n : derivedFrom) {
                from.add(n.id());
            }
            return this;
        }

        /** Finishes the node: {@code ruleId} derived it. */
        <T extends Node> T by(String ruleId) {
            List<FactRef> sortedFacts = new ArrayList<>(facts);
            sortedFacts.sort(null);
            List<String> sortedFrom = new ArrayList<>(from);
            sortedFrom.sort(null);
            nodes.add(node);
            provenance.put(node.id(), new Provenance(ruleId, sortedFacts, sortedFrom));
            for (String id : sortedFrom) {
                edges.add(new Edge(node.id(), id, EdgeType.DERIVED_FROM));
            }
            fired.add(ruleId);
            @SuppressWarnings("unchecked")
            T t = (T) node;
            return t;
        }
    }
}
