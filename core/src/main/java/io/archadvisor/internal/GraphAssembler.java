package io.archadvisor.internal;

import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Relation;
import io.archadvisor.pack.RuleExecutionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.KieSession;

/** Reads the nodes and relations left in working memory into an immutable graph. */
final class GraphAssembler {

    private GraphAssembler() {}

    static RecommendationGraph assemble(KieSession session, ProvenanceRecorder recorder) {
        Map<String, Node> nodes = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        List<Relation> relations = new ArrayList<>();
        Justifications justifications = new Justifications(session, recorder);
        TreeMap<String, List<Map.Entry<String, Node>>> clashes = new TreeMap<>();
        for (Object o : session.getObjects(o -> o instanceof Node || o instanceof Relation)) {
            if (o instanceof Relation r) {
                relations.add(r);
                continue;
            }
            Node n = (Node) o;
            Provenance p = justifications.of(n);
            if (p == null) {
                throw new RuleExecutionException(
                        null,
                        "Node `" + n.id() + "` was inserted from outside a rule; only"
                                + " rules may insert nodes, so that every node can be explained.",
                        null);
            }
            String id = recorder.nodeId(n); // built from the node's fields, so built once
            Node previous = nodes.putIfAbsent(id, n);
            if (previous != null) {
                Provenance first = provenance.get(id);
                if (!previous.equals(n)) {
                    // every clash is kept and reported in id order, whichever derivation the session held first
                    List<Map.Entry<String, Node>> by = clashes.computeIfAbsent(id, k -> new ArrayList<>());
                    if (by.isEmpty()) {
                        by.add(Map.entry(first.ruleId(), previous));
                    }
                    by.add(Map.entry(p.ruleId(), n));
                    continue;
                }
                if (p.ruleId().compareTo(first.ruleId()) < 0) {
                    provenance.put(id, p);
                }
                continue;
            }
            provenance.put(id, p);
        }
        if (!clashes.isEmpty()) {
            throw clash(clashes.firstEntry().getValue());
        }
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<String, Provenance> e : provenance.entrySet()) {
            for (String from : e.getValue().derivedFrom()) {
                if (nodes.containsKey(from) && !from.equals(e.getKey())) {
                    edges.add(new Edge(e.getKey(), from, EdgeType.DERIVED_FROM));
                }
            }
        }
        for (Relation r : relations) {
            if (nodes.containsKey(r.from().id()) && nodes.containsKey(r.to().id())) {
                edges.add(r.toEdge());
            }
        }
        return new RecommendationGraph(List.copyOf(nodes.values()), edges, provenance, recorder.firedRules());
    }

    /**
     * Two rules that derived one node with different content, in an order that does not depend on the session: the
     * derivations sorted by rule id (then content), the first one, and the first that differs from it.
     */
    private static RuleExecutionException clash(List<Map.Entry<String, Node>> derivations) {
        List<Map.Entry<String, Node>> sorted = new ArrayList<>(derivations);
        sorted.sort(Map.Entry.<String, Node>comparingByKey()
                .thenComparing(e -> e.getValue().toString()));
        Map.Entry<String, Node> one = sorted.get(0);
        Map.Entry<String, Node> other = sorted.stream()
                .filter(e -> !e.getValue().equals(one.getValue()))
                .findFirst()
                .orElse(sorted.get(sorted.size() - 1));
        return new RuleExecutionException(
                other.getKey(),
                "Rules `" + one.getKey() + "` and `" + other.getKey() + "` both derived node `"
                        + one.getValue().id() + "` with different content:\n  " + one.getValue() + "\n  "
                        + other.getValue() + "\nGive each conclusion its own code, or let one rule derive it.",
                null);
    }
}
