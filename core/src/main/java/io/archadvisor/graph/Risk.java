package io.archadvisor.graph;

import java.util.Objects;

/**
 * Something that could fail.
 *
 * @param code a stable key
 * @param description what could fail and why, naming the facts
 * @param severity how much it matters
 */
public record Risk(String code, String description, Severity severity) implements Node {

    /** Validates the node. */
    public Risk {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
    }

    @Override
    public String id() {
        return "risk:" + code;
    }

    @Override
    public String summary() {
        return severity + ": " + description;
    }
}
