package io.archadvisor.catalog;

import io.archadvisor.base.InvalidValueException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the versions in {@code affected} rely on that the project has deprecated or removed, and what replaces
 * it: for example Spring Boot before 3.0 builds on the Java EE {@code javax.*} APIs that Spring Boot 3 replaced with
 * Jakarta EE {@code jakarta.*}.
 *
 * @param feature what is deprecated
 * @param replacement what to use instead
 * @param since when it was deprecated (a version or a date, as the project states it), or {@code null}
 * @param removedIn the version that removed it, or {@code null} when it is deprecated but still present
 * @param affected the versions that still rely on it, at least one range
 * @param guide a migration guide, or {@code null}
 * @param source where the deprecation is stated
 */
public record Deprecation(
        String feature,
        String replacement,
        @Nullable String since,
        @Nullable Version removedIn,
        List<VersionRange> affected,
        @Nullable String guide,
        String source) {

    /** Validates and copies. */
    public Deprecation {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(source, "source");
        affected = List.copyOf(affected);
        if (affected.isEmpty()) {
            throw new InvalidValueException("Deprecation of " + feature + " needs at least one affected range");
        }
    }

    /** Whether the version (or the line it stands for) relies on the deprecated feature. */
    public Exposure exposure(Version version) {
        Exposure e = Exposure.NOT_AFFECTED;
        for (VersionRange r : affected) {
            e = e.or(r.exposure(version));
        }
        return e;
    }

    /** The deprecation in words, such as {@code javax.* APIs → jakarta.* (removed in 3.0)}. */
    public String describe() {
        String when;
        if (since == null) {
            when = removedIn == null ? "" : " (removed in " + removedIn + ")";
        } else {
            when = " (deprecated " + since + (removedIn == null ? ")" : ", removed in " + removedIn + ")");
        }
        return feature + " → " + replacement + when;
    }
}
