package io.archadvisor.model;

/**
 * Time pressure and product stage.
 *
 * @param monthsToFirstRelease monthsToFirstRelease
 * @param stage stage
 */
public record Timeline(Integer monthsToFirstRelease, Stage stage) {

    /** Validates every given value; {@code null} means unknown. */
    public Timeline {
        Checks.atLeast("timeline.monthsToFirstRelease", monthsToFirstRelease, 0);
    }
}
