package io.archadvisor.graph;

import java.util.Objects;

/**
 * What a recommendation optimizes for and what it sacrifices.
 *
 * @param code a stable key, such as {@code microservices-autonomy}
 * @param subject what the trade-off is about, such as a pattern's name
 * @param optimizesFor what is gained
 * @param sacrifices what is paid
 */
public record TradeOff(String code, String subject, String optimizesFor, String sacrifices) implements Node {

    /** Validates the node. */
    public TradeOff {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(optimizesFor, "optimizesFor");
        Objects.requireNonNull(sacrifices, "sacrifices");
    }

    @Override
    public String id() {
        return "trade-off:" + code;
    }

    @Override
    public String summary() {
        return subject + ": optimizes for " + optimizesFor + "; sacrifices " + sacrifices;
    }
}
