package io.archadvisor.graph;

import java.util.List;
import java.util.Objects;

/**
 * Why a node is in the graph: the rule and facts that derived it and, recursively, the nodes it was derived from.
 *
 * @param node the node explained
 * @param provenance how it was derived
 * @param because explanations of the nodes it was derived from
 */
public record Explanation(Node node, Provenance provenance, List<Explanation> because) {

    /** Validates and copies. */
    public Explanation {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(provenance, "provenance");
        because = List.copyOf(because);
    }

    /** Every input fact this node rests on, directly or through the nodes it was derived from, without repeats. */
    public List<FactRef> allFacts() {
        java.util.TreeSet<FactRef> all = new java.util.TreeSet<>(provenance.facts());
        for (Explanation e : because) {
            all.addAll(e.allFacts());
        }
        return List.copyOf(all);
    }

    /** The explanation as indented plain-text lines; each fact with its {@code file:line:column} when known. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb, 0);
        return sb.toString();
    }

    private void append(StringBuilder sb, int depth) {
        String indent = "  ".repeat(depth);
        sb.append(indent).append(node.summary()).append('\n');
        sb.append(indent).append("  by rule ").append(provenance.ruleId());
        if (!provenance.facts().isEmpty()) {
            sb.append(" because ");
            for (int i = 0; i < provenance.facts().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(provenance.facts().get(i).describe());
            }
        }
        sb.append('\n');
        for (Explanation e : because) {
            e.append(sb, depth + 1);
        }
    }
}
