package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * A technology by name, with an optional version such as {@code 17}, {@code 3.2.x} or {@code v20.11.1}.
 *
 * @param name name (required)
 * @param version version
 */
public record TechnologyRef(String name, @Nullable String version) {

    /** Validates every given value; {@code null} means unknown. */
    public TechnologyRef {
        Checks.notBlank("technologyRef.name", name);
    }
}
