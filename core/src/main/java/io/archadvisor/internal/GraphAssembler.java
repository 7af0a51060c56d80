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
import org.kie.api.runtime.KieSession;

/** Reads the nodes and relations left in working memory into an immutable graph. */
final class GraphAssembler {

    private GraphAssembler() {}

    static RecommendationGraph assemble(KieSession session, ProvenanceRecorder recorder) {
        Map<String, Node> nodes = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        List<Relation> relations = new ArrayList<>();
        Justifications justifications = new Justifications(session, recorder);
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
            Node previous = nodes.putIfAbsent(n.id(), n);
            if (previous != null) {
                Provenance first = provenance.get(n.id());
                if (!previous.equals(n)) {
                    throw new RuleExecutionException(
                            p.ruleId(),
                            "Rules `" + first.ruleId() + "` and `" + p.ruleId()
                                    + "` both derived node `" + n.id() + "` with different content:\n  " + previous
                                    + "\n  " + n
                                    + "\nGive each conclusion its own code, or let one rule derive it.",
                            null);
                }
                if (p.ruleId().compareTo(first.ruleId()) < 0) {
                    provenance.put(n.id(), p);
                }
                continue;
            }
            provenance.put(n.id(), p);
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
}
