package io.archadvisor.model;

import java.util.Objects;

/**
 * Requirements as read from a document, with where each of their values was written.
 *
 * @param requirements the requirements
 * @param sources the location of each value, by field path
 */
public record RequirementsDocument(Requirements requirements, SourceMap sources) {

    /** Requires both. */
    public RequirementsDocument {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(sources, "sources");
    }
}
