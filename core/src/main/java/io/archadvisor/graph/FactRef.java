package io.archadvisor.graph;

import io.archadvisor.base.Location;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An input fact a rule matched, in plain words, and where its value was written when that is known.
 *
 * @param path the requirements path, such as {@code team.size}
 * @param value the value as written, or {@code null} when the rule matched that the value is unknown
 * @param location where the value was written ({@code system.yaml:3:9}); for an unknown value, where the section
 *     that leaves it out was written; {@code null} when not known, as for requirements built in Java
 */
public record FactRef(
        String path, @Nullable String value, @Nullable Location location) implements Comparable<FactRef> {

    private static final Comparator<Location> LOCATION_ORDER =
            Comparator.nullsFirst(Comparator.comparing(Location::source)
                    .thenComparingInt(Location::line)
                    .thenComparingInt(Location::column));

    /** Validates the reference. */
    public FactRef {
        Objects.requireNonNull(path, "path");
    }

    /** A reference whose location is not known. */
    public FactRef(String path, @Nullable String value) {
        this(path, value, null);
    }

    /** Whether the rule matched that this value is unknown. */
    public boolean unknown() {
        return value == null;
    }

    /** Where the value was written, if known. */
    public Optional<Location> where() {
        return Optional.ofNullable(location);
    }

    /** The same reference at this location ({@code null} for none). */
    public FactRef at(@Nullable Location where) {
        return Objects.equals(where, location) ? this : new FactRef(path, value, where);
    }

    @Override
    public int compareTo(FactRef other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byValue = String.valueOf(value).compareTo(String.valueOf(other.value));
        return byValue != 0 ? byValue : LOCATION_ORDER.compare(location, other.location);
    }

    /** The fact in plain words, such as {@code team.size = 5} or {@code domain.clarity is unknown}, without location. */
    @Override
    public String toString() {
        return value == null ? path + " is unknown" : path + " = " + value;
    }

    /** The fact in plain words followed by its location when known: {@code team.size = 5 (system.yaml:3:9)}. */
    public String describe() {
        return location == null ? toString() : toString() + " (" + location + ")";
    }
}
