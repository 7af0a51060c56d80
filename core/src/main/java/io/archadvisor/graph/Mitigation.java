package io.archadvisor.graph;

import java.util.Objects;

/**
 * How to handle a risk or a finding.
 *
 * @param code a stable key
 * @param mitigates the id of the risk or finding node it mitigates
 * @param action what to do
 */
public record Mitigation(String code, String mitigates, String action) implements Node {

    /** Validates the node. */
    public Mitigation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mitigates, "mitigates");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public String id() {
        return "mitigation:" + code;
    }

    @Override
    public String summary() {
        return action;
    }
}
