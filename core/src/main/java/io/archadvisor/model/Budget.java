package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * Money available to run the system.
 *
 * @param monthlyUsd monthlyUsd
 * @param costSensitivity costSensitivity
 */
public record Budget(@Nullable Integer monthlyUsd, @Nullable Level costSensitivity) {

    /** Validates every given value; {@code null} means unknown. */
    public Budget {
        Checks.atLeast("budget.monthlyUsd", monthlyUsd, 0);
    }
}
