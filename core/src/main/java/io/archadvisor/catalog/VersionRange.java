package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Versions from {@code introduced} (inclusive) to {@code fixed} (exclusive) or to {@code lastAffected} (inclusive),
 * as advisories state them (the OSV {@code introduced}, {@code fixed} and {@code last_affected} events); the lower
 * end may be open ({@code null}, "every earlier version"), and so may the upper end when no fix exists, not both.
 *
 * @param introduced the first affected version, or {@code null} for every earlier version
 * @param fixed the first version no longer affected, or {@code null}
 * @param lastAffected the last affected version, when the source states that instead of a fix, or {@code null}
 */
public record VersionRange(
        @Nullable Version introduced,
        @Nullable Version fixed,
        @Nullable Version lastAffected) {

    /** Validates the range. */
    public VersionRange {
        if (fixed != null && lastAffected != null) {
            throw new InvalidValueException("A version range needs `fixed` or `lastAffected`, not both");
        }
        if (introduced == null && fixed == null && lastAffected == null) {
            throw new InvalidValueException("A version range needs `introduced`, `fixed` or both");
        }
        if (introduced != null && fixed != null && !introduced.isBefore(fixed)) {
            throw new InvalidValueException(
                    "A version range needs introduced (" + introduced + ") before fixed (" + fixed + ")");
        }
        if (introduced != null && lastAffected != null && lastAffected.isBefore(introduced)) {
            throw new InvalidValueException("A version range needs introduced (" + introduced
                    + ") at or before lastAffected (" + lastAffected + ")");
        }
    }

    /** A range up to a fix (exclusive). */
    public VersionRange(@Nullable Version introduced, @Nullable Version fixed) {
        this(introduced, fixed, null);
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
        boolean endsInside;
        boolean after;
        if (lastAffected != null) {
            // every version the text stands for is at or below the last affected one: below it as a whole, or
            // written at least as precisely and equal to it (1.0.0 against 1.0; not the line 1.0 against 1.0)
            endsInside = high.compareNumerically(lastAffected) <= 0
                    || (low.compareNumerically(lastAffected) == 0
                            && (point || version.precision() >= lastAffected.precision()));
            after = low.compareNumerically(lastAffected) > 0;
        } else {
            endsInside =
                    fixed == null || (point ? low.compareNumerically(fixed) < 0 : high.compareNumerically(fixed) <= 0);
            after = fixed != null && low.compareNumerically(fixed) >= 0;
        }
        if (startsInside && endsInside) {
            return Exposure.AFFECTED;
        }
        boolean before = introduced != null
                && (point ? low.compareNumerically(introduced) < 0 : high.compareNumerically(introduced) <= 0);
        return before || after ? Exposure.NOT_AFFECTED : Exposure.POSSIBLY_AFFECTED;
    }

    @Override
    public String toString() {
        String upper = fixed != null ? "< " + fixed : lastAffected != null ? "≤ " + lastAffected : null;
        if (introduced == null) {
            return java.util.Objects.requireNonNull(
                    upper, "a range without `introduced` has `fixed` or `lastAffected`");
        }
        return upper == null ? "≥ " + introduced : "≥ " + introduced + ", " + upper;
    }
}
