package io.archadvisor.model;

import java.util.List;

/**
 * How well the domain is understood and whether parts must scale independently.
 *
 * @param clarity clarity
 * @param boundedContexts boundedContexts
 * @param independentScaling independentScaling
 */
public record Domain(Clarity clarity, List<String> boundedContexts, Boolean independentScaling) {

    /** Validates every given value; {@code null} means unknown. */
    public Domain {
        boundedContexts = Checks.list("domain.boundedContexts", boundedContexts);
    }
}
