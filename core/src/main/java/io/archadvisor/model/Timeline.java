package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * Time pressure and product stage.
 *
 * @param monthsToFirstRelease monthsToFirstRelease
 * @param stage stage
 */
public record Timeline(
        @Nullable Integer monthsToFirstRelease, @Nullable Stage stage) {

    /** Validates every given value; {@code null} means unknown. */
    public Timeline {
        Checks.atLeast("timeline.monthsToFirstRelease", monthsToFirstRelease, 0);
    }
}
