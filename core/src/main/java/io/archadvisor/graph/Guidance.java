package io.archadvisor.graph;

import java.util.Objects;

/**
 * A piece of advice for one of the seed's responsibilities.
 *
 * @param area the responsibility
 * @param code a stable key, such as {@code api-contract-first}
 * @param advice what to do
 * @param rationale why, naming the facts
 */
public record Guidance(GuidanceArea area, String code, String advice, String rationale) implements Node {

    /** Validates the node. */
    public Guidance {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(rationale, "rationale");
    }

    /**
     * Hashes the code only, which the id is made of: truth maintenance hashes every node a rule inserts, and hashing
     * the advice and rationale texts each time cost more than the rest of the key. Equal nodes still hash alike.
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String id() {
        return "guidance:" + code;
    }

    @Override
    public String summary() {
        return advice;
    }
}
