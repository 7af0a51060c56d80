package io.archadvisor.render;

import io.archadvisor.graph.Edge;
import io.archadvisor.graph.EdgeType;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Mitigation;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the renderers say about why a node is in the graph, and which mitigations address which node. */
final class Provenances {

    /** How many nodes a "why" line names before it says how many more there are. */
    static final int MAX_DERIVED_FROM = 4;

    private Provenances() {}

    /**
     * The rule, the facts and the nodes behind a node, as inline Markdown: {@code rule `X`; facts `a = 1`; from `n`}.
     * A rule that matched only other conclusions shows the input facts those rest on instead:
     * {@code rule `X`; from `n`; resting on facts `a = 1`}. A fact whose location is known shows it:
     * {@code `team.size = 5 (system.yaml:3:9)`}.
     */
    static String whyMarkdown(RecommendationGraph graph, Node node) {
        Provenance p = graph.provenance(node);
        StringBuilder sb = new StringBuilder("rule ").append(MarkdownText.code(p.ruleId()));
        if (!p.facts().isEmpty()) {
            sb.append("; facts ");
            appendCodes(sb, p.facts().stream().map(FactRef::describe).toList(), Integer.MAX_VALUE);
        }
        if (!p.derivedFrom().isEmpty()) {
            sb.append("; from ");
            appendCodes(sb, p.derivedFrom(), MAX_DERIVED_FROM);
            if (p.facts().isEmpty()) {
                List<FactRef> underlying = graph.explain(node).allFacts();
                if (!underlying.isEmpty()) {
                    sb.append("; resting on facts ");
                    appendCodes(sb, underlying.stream().map(FactRef::describe).toList(), Integer.MAX_VALUE);
                }
            }
        }
        return sb.toString();
    }

    /** The rule and the facts behind a node in plain text, for SARIF messages and properties. */
    static List<String> factTexts(RecommendationGraph graph, Node node) {
        return graph.provenance(node).facts().stream().map(FactRef::toString).toList();
    }

    private static void appendCodes(StringBuilder sb, List<String> items, int max) {
        int shown = Math.min(items.size(), max);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(MarkdownText.code(items.get(i)));
        }
        if (items.size() > shown) {
            sb.append(" and ").append(items.size() - shown).append(" more");
        }
    }

    /**
     * The mitigations of each node, by the mitigated node's id: a mitigation counts for the node its
     * {@link Mitigation#mitigates()} names and for every node it has a {@link EdgeType#MITIGATES} edge to.
     */
    static Map<String, List<Mitigation>> mitigationsByTarget(RecommendationGraph graph) {
        Map<String, Set<Mitigation>> byTarget = new LinkedHashMap<>();
        for (Mitigation m : graph.nodes(Mitigation.class)) {
            byTarget.computeIfAbsent(m.mitigates(), k -> new LinkedHashSet<>()).add(m);
            for (Edge e : graph.edgesFrom(m)) {
                if (e.type() == EdgeType.MITIGATES) {
                    byTarget.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(m);
                }
            }
        }
        Map<String, List<Mitigation>> result = new LinkedHashMap<>();
        byTarget.forEach((k, v) -> {
            List<Mitigation> sorted = new ArrayList<>(v);
            sorted.sort(RecommendationGraph.NODE_ORDER);
            result.put(k, List.copyOf(sorted));
        });
        return result;
    }
}
