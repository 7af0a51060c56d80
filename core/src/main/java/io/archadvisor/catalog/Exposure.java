package io.archadvisor.catalog;

/** Whether a version falls in a version range; a version written as a line ({@code 2.7}) may fall partly in it. */
public enum Exposure {
    /** No version the text stands for is in the range. */
    NOT_AFFECTED,
    /** Some versions it stands for are in the range: the patch level decides. */
    POSSIBLY_AFFECTED,
    /** Every version it stands for is in the range. */
    AFFECTED;

    /** The more severe of the two. */
    public Exposure or(Exposure other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
