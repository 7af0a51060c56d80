package io.archadvisor.testkit;

import io.archadvisor.graph.Explanation;
import io.archadvisor.graph.FactRef;
import io.archadvisor.graph.Node;
import io.archadvisor.graph.Provenance;
import io.archadvisor.graph.RecommendationGraph;
import io.archadvisor.graph.Waiver;
import java.util.List;
import java.util.Objects;

/**
 * Assertions on one node of a scenario's advice: which rule derived it, which facts and nodes it rests on, and
 * whether it is waived. {@link #and()} returns to the scenario.
 *
 * @param <T> the node type
 */
public final class NodeAssert<T extends Node> {

    private final Scenario scenario;
    private final T node;

    NodeAssert(Scenario scenario, T node) {
        this.scenario = scenario;
        this.node = node;
    }

    /** The node. */
    public T node() {
        return node;
    }

    /** How the node was derived. */
    public Provenance provenance() {
        return scenario.graph().provenance(node);
    }

    /** Why the node is in the graph, recursively. */
    public Explanation explanation() {
        return scenario.graph().explain(node);
    }

    /** Asserts that this rule derived the node. */
    public NodeAssert<T> derivedBy(String ruleId) {
        if (!provenance().ruleId().equals(ruleId)) {
            throw failure("Expected " + node.id() + " to be derived by rule `" + ruleId + "`, but rule `"
                    + provenance().ruleId() + "` derived it.");
        }
        return this;
    }

    /** Asserts that the node rests, directly or through the nodes it came from, on the fact at this path. */
    public NodeAssert<T> restsOn(String factPath) {
        Objects.requireNonNull(factPath, "factPath");
        if (explanation().allFacts().stream().noneMatch(f -> f.path().equals(factPath))) {
            throw failure("Expected " + node.id() + " to rest on the fact `" + factPath + "`, but it rests on "
                    + explanation().allFacts() + ".");
        }
        return this;
    }

    /** Asserts that the node rests on the fact at this path with this value as displayed (null: known unknown). */
    public NodeAssert<T> restsOn(String factPath, String value) {
        FactRef wanted = new FactRef(factPath, value);
        // wherever the value was written: a located fact rests on the same value
        if (explanation().allFacts().stream()
                .noneMatch(f -> f.path().equals(factPath) && Objects.equals(f.value(), value))) {
            throw failure("Expected " + node.id() + " to rest on `" + wanted + "`, but it rests on "
                    + explanation().allFacts() + ".");
        }
        return this;
    }

    /** Asserts that the node was derived by a rule that matched a node of the query (a direct parent). */
    public NodeAssert<T> derivedFrom(NodeQuery<?> query) {
        RecommendationGraph g = scenario.graph();
        List<Node> parents = provenance().derivedFrom().stream()
                .map(g::node)
                .flatMap(java.util.Optional::stream)
                .toList();
        if (parents.stream().noneMatch(query)) {
            throw failure("Expected " + node.id() + " to be derived from a node " + query + ", but it was derived from "
                    + (parents.isEmpty()
                            ? "no node"
                            : parents.stream().map(Node::id).toList()) + ".");
        }
        return this;
    }

    /** Asserts that the explanation, as text ({@link Explanation#toString()}), contains this text. */
    public NodeAssert<T> explanationContains(String text) {
        String e = explanation().toString();
        if (!e.contains(text)) {
            throw failure("Expected the explanation of " + node.id() + " to contain \"" + text + "\", but it is:\n"
                    + e.indent(4).stripTrailing());
        }
        return this;
    }

    /** Asserts that a waiver accepts the node. */
    public NodeAssert<T> isWaived() {
        if (!scenario.graph().isWaived(node)) {
            throw failure("Expected " + node.id() + " to be waived, but no waiver accepts it.");
        }
        return this;
    }

    /** Asserts that a waiver whose reason contains this text accepts the node. */
    public NodeAssert<T> isWaivedBecause(String reasonText) {
        isWaived();
        Waiver w = scenario.graph().waiverOf(node).orElseThrow();
        if (!w.reason().contains(reasonText)) {
            throw failure("Expected " + node.id() + " to be waived because \"" + reasonText
                    + "\", but the waiver says: " + w.describe());
        }
        return this;
    }

    /** Asserts that no waiver accepts the node. */
    public NodeAssert<T> isNotWaived() {
        scenario.graph().waiverOf(node).ifPresent(w -> {
            throw failure("Expected " + node.id() + " not to be waived, but this waiver accepts it: " + w.describe());
        });
        return this;
    }

    /** Back to the scenario, for more assertions. */
    public Scenario and() {
        return scenario;
    }

    private AssertionError failure(String message) {
        return scenario.fail(
                message + "\n  node: " + node + "\n  explanation:\n"
                        + explanation().toString().indent(4).stripTrailing(),
                null);
    }
}
