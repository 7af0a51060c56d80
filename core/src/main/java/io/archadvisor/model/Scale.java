package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * Load and size, now and projected; each field is optional.
 *
 * @param currentRequestsPerSecond currentRequestsPerSecond
 * @param projectedRequestsPerSecond projectedRequestsPerSecond
 * @param currentUsers currentUsers
 * @param projectedUsers projectedUsers
 * @param dataVolumeGb dataVolumeGb
 * @param horizonMonths horizonMonths
 */
public record Scale(
        @Nullable Integer currentRequestsPerSecond,
        @Nullable Integer projectedRequestsPerSecond,
        @Nullable Long currentUsers,
        @Nullable Long projectedUsers,
        @Nullable Double dataVolumeGb,
        @Nullable Integer horizonMonths) {

    /** Validates every given value; {@code null} means unknown. */
    public Scale {
        Checks.atLeast("scale.currentRequestsPerSecond", currentRequestsPerSecond, 0);
        Checks.atLeast("scale.projectedRequestsPerSecond", projectedRequestsPerSecond, 0);
        Checks.atLeast("scale.currentUsers", currentUsers, 0);
        Checks.atLeast("scale.projectedUsers", projectedUsers, 0);
        Checks.atLeast("scale.dataVolumeGb", dataVolumeGb, 0);
        Checks.atLeast("scale.horizonMonths", horizonMonths, 1);
    }
}
