package io.archadvisor.model;

import io.archadvisor.Location;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each value of a requirements document came from, keyed by field path ({@code team.size},
 * {@code proposal.services[0].calls[1]}, {@code existing.technologies[2]}), the same paths facts and provenance use.
 *
 * @param locations the location of each path
 */
public record SourceMap(Map<String, Location> locations) {

    private static final SourceMap EMPTY = new SourceMap(Map.of());

    /** Copies the map, sorted by path so that the map iterates deterministically. */
    public SourceMap {
        Objects.requireNonNull(locations, "locations");
        TreeMap<String, Location> copy = new TreeMap<>();
        locations.forEach((path, location) -> copy.put(Objects.requireNonNull(path, "path"),
                Objects.requireNonNull(location, "location")));
        locations = Collections.unmodifiableMap(copy);
    }

    /** A map with no locations, for requirements built in Java. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * The location of {@code path}, else of the nearest enclosing path: {@code a.b[1].c}, then {@code a.b[1]}, then
     * {@code a.b}, then {@code a}.
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

    /** The union of both maps; the entries of {@code overriding} win. */
    public SourceMap with(SourceMap overriding) {
        Objects.requireNonNull(overriding, "overriding");
        TreeMap<String, Location> merged = new TreeMap<>(locations);
        merged.putAll(overriding.locations);
        return new SourceMap(merged);
    }

    private static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            return open < 0 ? "" : path.substring(0, open);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
