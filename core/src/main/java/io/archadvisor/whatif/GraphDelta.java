package io.archadvisor.whatif;

import io.archadvisor.graph.ClarifyingQuestion;
import io.archadvisor.graph.Edge;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.PatternAssessment;
import io.archadvisor.graph.RecommendationGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two recommendation graphs: nodes added, removed and changed (with the provenance of each),
 * and edges added and removed. Lists are in graph order.
 *
 * @param before the graph before
 * @param after the graph after
 * @param added nodes only in {@code after}
 * @param removed nodes only in {@code before}
 * @param changed nodes in both whose content or provenance differs
 * @param addedEdges edges only in {@code after}
 * @param removedEdges edges only in {@code before}
 */
public record GraphDelta(
        RecommendationGraph before,
        RecommendationGraph after,
        List<Node> added,
        List<Node> removed,
        List<NodeChange> changed,
        List<Edge> addedEdges,
        List<Edge> removedEdges) {

    /** Validates and copies. */
    public GraphDelta {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        addedEdges = List.copyOf(addedEdges);
        removedEdges = List.copyOf(removedEdges);
    }

    /** The delta from {@code before} to {@code after}. */
    public static GraphDelta between(RecommendationGraph before, RecommendationGraph after) {
        List<Node> added = new ArrayList<>();
        List<NodeChange> changed = new ArrayList<>();
        for (Node n : after.nodes()) {
            Node old = before.node(n.id()).orElse(null);
            if (old == null) {
                added.add(n);
            } else if (!old.equals(n) || !before.provenance(old).equals(after.provenance(n))) {
                changed.add(new NodeChange(old, n, before.provenance(old), after.provenance(n)));
            }
        }
        List<Node> removed = before.nodes().stream()
                .filter(n -> after.node(n.id()).isEmpty())
                .toList();
        Set<Edge> afterEdges = new HashSet<>(after.edges());
        Set<Edge> beforeEdges = new HashSet<>(before.edges());
        return new GraphDelta(
                before,
                after,
                added,
                removed,
                changed,
                after.edges().stream().filter(e -> !beforeEdges.contains(e)).toList(),
                before.edges().stream().filter(e -> !afterEdges.contains(e)).toList());
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return added.isEmpty()
                && removed.isEmpty()
                && changed.isEmpty()
                && addedEdges.isEmpty()
                && removedEdges.isEmpty();
    }

    /** Questions that were open before and are no longer asked: answered by the change. */
    public List<ClarifyingQuestion> answeredQuestions() {
        return removed.stream()
                .filter(ClarifyingQuestion.class::isInstance)
                .map(ClarifyingQuestion.class::cast)
                .toList();
    }

    /** Questions the change opened. */
    public List<ClarifyingQuestion> newQuestions() {
        return added.stream()
                .filter(ClarifyingQuestion.class::isInstance)
                .map(ClarifyingQuestion.class::cast)
                .toList();
    }

    /** Pattern assessments that were provisional before and are firm now. */
    public List<PatternAssessment> settledDecisions() {
        return changed.stream()
                .filter(c -> c.before() instanceof PatternAssessment b
                        && c.after() instanceof PatternAssessment a
                        && b.provisional()
                        && !a.provisional())
                .map(c -> (PatternAssessment) c.after())
                .toList();
    }

    /** The node the change makes the primary pattern, if the primary pattern changed. */
    public boolean primaryPatternChanged() {
        return !before.primaryPattern()
                .map(PatternAssessment::pattern)
                .equals(after.primaryPattern().map(PatternAssessment::pattern));
    }
}
