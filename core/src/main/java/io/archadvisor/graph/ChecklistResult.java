package io.archadvisor.graph;

import java.util.Objects;

/**
 * The outcome of one item of the seed's pre-response checklist, evaluated over the produced graph.
 *
 * @param item the checklist item
 * @param status pass, fail or unknown
 * @param evidence why, naming what was checked
 */
public record ChecklistResult(ChecklistItem item, CheckStatus status, String evidence) implements Node {

    /** Validates the node. */
    public ChecklistResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String id() {
        return "checklist:" + item;
    }

    @Override
    public String summary() {
        return item.text() + ": " + status;
    }
}
