package io.archadvisor.graph;

import java.util.List;
import java.util.Objects;

/**
 * How a node was derived: the rule that inserted it, the input facts that rule matched, and the nodes it matched.
 *
 * @param ruleId the id of the rule that inserted the node
 * @param facts the input facts the rule matched, sorted by path
 * @param derivedFrom the ids of the nodes the rule matched, sorted
 */
public record Provenance(String ruleId, List<FactRef> facts, List<String> derivedFrom) {

    /** Validates and copies. */
    public Provenance {
        Objects.requireNonNull(ruleId, "ruleId");
        facts = List.copyOf(facts);
        derivedFrom = List.copyOf(derivedFrom);
    }

    @Override
    public String toString() {
        return "rule " + ruleId + (facts.isEmpty() ? "" : " from " + facts)
                + (derivedFrom.isEmpty() ? "" : " via " + derivedFrom);
    }
}
