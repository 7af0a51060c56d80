package io.archadvisor.model;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.base.Location;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each value of a requirements document came from, keyed by field path ({@code team.size},
 * {@code proposal.services[0].calls[1]}, {@code existing.technologies[2]}), the same paths facts and provenance
 * already use. Paths are sorted, so the map iterates in a stable order.
 *
 * @param locations the location of each path
 */
public record SourceMap(Map<String, Location> locations) {

    private static final SourceMap EMPTY = new SourceMap(Map.of());

    /** Validates and copies: no null or blank path, no null location. */
    public SourceMap {
        Objects.requireNonNull(locations, "locations");
        TreeMap<String, Location> copy = new TreeMap<>();
        for (Map.Entry<String, Location> e : locations.entrySet()) {
            String path = Objects.requireNonNull(e.getKey(), "path");
            if (path.isBlank()) {
                throw new InvalidValueException("A source map path must not be blank; the locations were " + locations);
            }
            copy.put(path, Objects.requireNonNull(e.getValue(), () -> "the location of `" + path + "`"));
        }
        locations = Collections.unmodifiableMap(copy);
    }

    /** A map that knows no location, as for requirements built in Java. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /** Whether this map knows no location. */
    public boolean isEmpty() {
        return locations.isEmpty();
    }

    /**
     * The location of a path: of the path itself, else of the nearest enclosing path ({@code a.b[1].c}, then
     * {@code a.b[1]}, {@code a.b}, {@code a}), else empty.
     */
    public Optional<Location> find(String path) {
        Objects.requireNonNull(path, "path");
        String p = path;
        while (!p.isEmpty()) {
            Location at = locations.get(p);
            if (at != null) {
                return Optional.of(at);
            }
            p = parent(p);
        }
        return Optional.empty();
    }

    /** The union of both maps; where both know a path, the location of {@code overriding} wins. */
    public SourceMap with(SourceMap overriding) {
        Objects.requireNonNull(overriding, "overriding");
        if (overriding.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return overriding;
        }
        TreeMap<String, Location> union = new TreeMap<>(locations);
        union.putAll(overriding.locations);
        return new SourceMap(union);
    }

    /** The enclosing path: {@code a.b[1].c} gives {@code a.b[1]}, {@code a.b[1]} gives {@code a.b}, {@code a} gives "". */
    static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            if (open > 0) {
                return path.substring(0, open);
            }
        }
        int dot = path.lastIndexOf('.');
        return dot <= 0 ? "" : path.substring(0, dot);
    }
}
