package io.archadvisor.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a policy override file says: every field optional; what it leaves out keeps the built-in policy's value.
 *
 * @param name the policy's name, shown in reports
 * @param version the policy's version, shown in reports
 * @param thresholds thresholds to change
 * @param weights pattern signal weights to change
 */
public record PolicyFile(
        @Nullable String name,
        @Nullable String version,
        @Nullable Thresholds thresholds,
        @Nullable List<Weight> weights) {

    /** Copies the list. */
    public PolicyFile {
        weights = weights == null ? null : List.copyOf(weights);
    }

    /** The built-in policy with this file's changes. */
    public Policy applyTo(Policy base) {
        return base.with(name, version, thresholds, weights);
    }
}
