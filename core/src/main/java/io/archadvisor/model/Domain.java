package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How well the domain is understood and whether parts must scale independently.
 *
 * @param clarity clarity
 * @param boundedContexts boundedContexts
 * @param independentScaling independentScaling
 */
public record Domain(
        @Nullable Clarity clarity,
        @Nullable List<String> boundedContexts,
        @Nullable Boolean independentScaling) {

    /** Validates every given value; {@code null} means unknown. */
    public Domain {
        boundedContexts = Checks.list("domain.boundedContexts", boundedContexts);
    }
}
