package io.archadvisor.graph;

import java.util.Objects;

/**
 * An input fact a rule matched, in plain words.
 *
 * @param path the requirements path, such as {@code team.size}
 * @param value the value as written, or {@code null} when the rule matched that the value is unknown
 */
public record FactRef(String path, String value) implements Comparable<FactRef> {

    /** Validates the reference. */
    public FactRef {
        Objects.requireNonNull(path, "path");
    }

    /** Whether the rule matched that this value is unknown. */
    public boolean unknown() {
        return value == null;
    }

    @Override
    public int compareTo(FactRef other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : String.valueOf(value).compareTo(String.valueOf(other.value));
    }

    @Override
    public String toString() {
        return value == null ? path + " is unknown" : path + " = " + value;
    }
}
