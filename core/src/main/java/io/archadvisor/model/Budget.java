package io.archadvisor.model;

/**
 * Money available to run the system.
 *
 * @param monthlyUsd monthlyUsd
 * @param costSensitivity costSensitivity
 */
public record Budget(Integer monthlyUsd, Level costSensitivity) {

    /** Validates every given value; {@code null} means unknown. */
    public Budget {
        Checks.atLeast("budget.monthlyUsd", monthlyUsd, 0);
    }
}
