package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A release line's requirement on another technology, such as Spring Boot 3.2 requiring Java 17 to 21.
 *
 * @param technology the required technology's catalog name, such as {@code java}
 * @param min the lowest supported version, or {@code null} for no lower limit
 * @param max the highest supported line ({@code 21} covers every {@code 21.x}), or {@code null} for no upper limit
 * @param source where this requirement is stated, or {@code null} when the release line's source states it
 */
public record Compatibility(
        String technology,
        @Nullable Version min,
        @Nullable Version max,
        @Nullable String source) {

    /** Validates the requirement. */
    public Compatibility {
        Objects.requireNonNull(technology, "technology");
        if (min == null && max == null) {
            throw new InvalidValueException(
                    "A compatibility requirement on `" + technology + "` needs `min`, `max` or both");
        }
        if (min != null && max != null && max.upperBound().compareNumerically(min) <= 0) {
            throw new InvalidValueException(
                    "A compatibility requirement on `" + technology + "` needs min (" + min + ") ≤ max (" + max + ")");
        }
    }

    /**
     * Whether a version of the required technology meets this requirement: {@link Exposure#AFFECTED} here means
     * "meets it entirely", {@link Exposure#NOT_AFFECTED} "misses it entirely" and
     * {@link Exposure#POSSIBLY_AFFECTED} "the patch level decides".
     */
    public Exposure accepts(Version version) {
        return new VersionRange(min, max == null ? null : max.upperBound()).exposure(version);
    }

    /** The supported range in words, such as {@code java 17–21}. */
    public String describe() {
        if (min == null) {
            return technology + " ≤ " + max;
        }
        return max == null ? technology + " ≥ " + min : technology + " " + min + "–" + max;
    }
}
