package io.archadvisor.waiver;

import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Finding;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Applies waivers to a graph; the advisor does this for you in {@code Advisor.advise(requirements, waivers)}. */
public final class Waivers {

    private Waivers() {
    }

    /**
     * The graph with the waivers applied on {@code day}: each finding the first unexpired matching waiver accepts is
     * marked with it; each expired waiver becomes an {@link ExpiredWaiver} finding, derived from the findings it
     * names (which are not waived by it).
     */
    public static RecommendationGraph apply(RecommendationGraph graph, List<Waiver> waivers, LocalDate day) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(day, "day");
        List<Waiver> all = List.copyOf(waivers);
        Map<String, Waiver> waived = new LinkedHashMap<>(graph.waived());
        List<Node> nodes = new ArrayList<>(graph.nodes());
        Map<String, Provenance> provenance = new LinkedHashMap<>(graph.provenance());
        List<Edge> edges = new ArrayList<>(graph.edges());
        for (Node n : graph.nodes()) {
            if (!(n instanceof Finding f) || waived.containsKey(n.id())) {
                continue;
            }
            String rule = graph.provenance(n).ruleId();
            for (Waiver w : all) {
                if (!w.expiredOn(day) && w.matches(f, rule)) {
                    waived.put(n.id(), w);
                    break;
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Waiver w = all.get(i);
            if (!w.expiredOn(day)) {
                continue;
            }
            ExpiredWaiver expired = new ExpiredWaiver(w);
            TreeSet<String> named = new TreeSet<>();
            for (Node n : graph.nodes()) {
                if (n instanceof Finding f && w.matches(f, graph.provenance(n).ruleId())) {
                    named.add(n.id());
                    edges.add(new Edge(expired.id(), n.id(), EdgeType.DERIVED_FROM));
                }
            }
            if (provenance.putIfAbsent(expired.id(), new Provenance(ExpiredWaiver.CODE,
                    List.of(new FactRef("waivers[" + i + "]", w.describe())), List.copyOf(named))) == null) {
                nodes.add(expired);
            }
        }
        List<Waiver> given = new ArrayList<>(graph.waivers());
        given.addAll(all);
        return new RecommendationGraph(nodes, edges, provenance, graph.firedRules(), given, waived);
    }
}
