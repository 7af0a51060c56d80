package io.archadvisor.catalog;

/**
 * Versions from {@code introduced} (inclusive) to {@code fixed} (exclusive), as advisories state them; either end
 * may be open ({@code null}), not both.
 *
 * @param introduced the first affected version, or {@code null} for every earlier version
 * @param fixed the first version no longer affected, or {@code null} when no fix exists
 */
public record VersionRange(Version introduced, Version fixed) {

    /** Validates the range. */
    public VersionRange {
        if (introduced == null && fixed == null) {
            throw new IllegalArgumentException("A version range needs `introduced`, `fixed` or both");
        }
        if (introduced != null && fixed != null && !introduced.isBefore(fixed)) {
            throw new IllegalArgumentException("A version range needs introduced (" + introduced
                    + ") before fixed (" + fixed + ")");
        }
    }

    /**
     * How much of what {@code version} stands for lies in this range: {@code 2.7} against {@code [2.7.0, 2.7.11)} is
     * possibly affected, {@code 2.7.5} is affected, {@code 2.7.18} is not.
     */
    public Exposure exposure(Version version) {
        Version low = version.lowerBound();
        Version high = version.upperBound();
        boolean point = version.isPreRelease();
        boolean startsInside = introduced == null || low.compareNumerically(introduced) >= 0;
        boolean endsInside = fixed == null || (point ? low.compareNumerically(fixed) < 0
                : high.compareNumerically(fixed) <= 0);
        if (startsInside && endsInside) {
            return Exposure.AFFECTED;
        }
        boolean before = introduced != null && (point ? low.compareNumerically(introduced) < 0
                : high.compareNumerically(introduced) <= 0);
        boolean after = fixed != null && low.compareNumerically(fixed) >= 0;
        return before || after ? Exposure.NOT_AFFECTED : Exposure.POSSIBLY_AFFECTED;
    }

    @Override
    public String toString() {
        if (introduced == null) {
            return "< " + fixed;
        }
        return fixed == null ? "≥ " + introduced : "≥ " + introduced + ", < " + fixed;
    }
}
