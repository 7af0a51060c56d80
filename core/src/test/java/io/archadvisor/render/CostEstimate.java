package io.archadvisor.render;

import io.archadvisor.graph.CustomNode;
import java.util.List;
import java.util.Objects;

/**
 * A node type of a custom rule pack, as a company's pack would define it: a monthly cost estimate.
 *
 * @param code a stable key
 * @param monthlyUsd the estimate in US dollars a month
 * @param drivers what the cost is made of
 */
public record CostEstimate(String code, int monthlyUsd, List<String> drivers) implements CustomNode {

    /** Validates and copies. */
    public CostEstimate {
        Objects.requireNonNull(code, "code");
        drivers = List.copyOf(drivers);
    }

    @Override
    public String id() {
        return "cost:" + code;
    }

    @Override
    public String summary() {
        return "about $" + monthlyUsd + " a month: " + String.join(", ", drivers);
    }
}
