package io.archadvisor.base;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with the requirements: which field, what value, where, and what it must be.
 *
 * @param path the field path, such as {@code team.size} or {@code proposal.services[2].name}
 * @param value the offending value as written, or {@code null} when it was missing
 * @param location where the value is in its source file, or {@code null} for requirements built in Java
 * @param constraint what the value must be, such as {@code must be ≥ 1}
 */
public record Problem(
        String path, @Nullable String value, @Nullable Location location, String constraint) {

    /** Validates the problem. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** A problem without a location, for a value given in Java. */
    public static Problem of(String path, @Nullable Object value, String constraint) {
        return new Problem(path, value == null ? null : String.valueOf(value), null, constraint);
    }

    /** The location, when the value came from a file. */
    public Optional<Location> where() {
        return Optional.ofNullable(location);
    }

    /** The same problem at another path and location. */
    public Problem relocated(String newPath, @Nullable Location newLocation) {
        return new Problem(newPath, value, newLocation, constraint);
    }

    /**
     * A sentence led by its place, so editors' and CI's {@code file:line:column:} problem matchers find it:
     * {@code system.yaml:4:9: The field `team.size` (-3) must be ≥ 1.} A problem with the document as a whole has the
     * empty path and reads {@code system.yaml:1:1: The document is empty; ...}; without a location the sentence
     * stands alone.
     */
    public String message() {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location).append(": ");
        }
        sb.append(path.isEmpty() ? "The document" : "The field `" + path + '`');
        if (value != null) {
            sb.append(" (").append(value).append(')');
        }
        sb.append(' ').append(constraint);
        if (!constraint.endsWith(".") && !constraint.endsWith("?")) {
            sb.append('.');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
