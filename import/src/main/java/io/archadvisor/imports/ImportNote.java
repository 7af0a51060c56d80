package io.archadvisor.imports;

import io.archadvisor.base.Location;
import java.util.Objects;

/**
 * Something an import skipped, could not use, or decided for the reader to check: an unknown resource type or image,
 * a file no importer recognised, an overlay value that replaced an imported one.
 *
 * @param location where it is, or {@code null} when it concerns no place in a file
 * @param message what happened and what to do about it
 */
public record ImportNote(Location location, String message) {

    /** Validates the note. */
    public ImportNote {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location == null ? message : location + ": " + message;
    }
}
