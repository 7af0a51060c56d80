package io.archadvisor.graph;

/**
 * A node that reports a problem: an anti-pattern, a policy violation of a custom pack, an expired waiver. Findings are
 * what a {@link io.archadvisor.graph.Waiver} can accept, by {@link #code()} (or the id of the rule that derived it)
 * and optionally {@link #subject()}. Custom node records implement it to make their findings waivable.
 */
public interface Finding {

    /** The finding's stable code, such as {@code AP-DISTRIBUTED-MONOLITH}. */
    String code();

    /** What it was found in: a component, service or technology name, or {@code system}. */
    String subject();

    /** How much it matters. */
    Severity severity();
}
