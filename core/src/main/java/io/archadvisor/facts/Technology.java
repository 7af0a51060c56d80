package io.archadvisor.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A technology that exists already or that a proposal names.
 *
 * @param name the technology's name, lower case, such as {@code postgresql}
 * @param version the version as written, or {@code null} when not given
 * @param origin whether it exists already or is proposed
 * @param index its position in its list
 */
public record Technology(String name, @Nullable String version, Origin origin, int index) implements InputFact {

    /** Where a technology fact comes from. */
    public enum Origin {
        /** {@code existing.technologies} */
        EXISTING,
        /** {@code proposal.technologies} */
        PROPOSED
    }

    /** Requires a name and an origin. */
    public Technology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String path() {
        return (origin == Origin.EXISTING ? "existing.technologies[" : "proposal.technologies[") + index + "]";
    }

    @Override
    public Object displayValue() {
        return version == null ? name : name + " " + version;
    }

    @Override
    public Dimension dimension() {
        return origin == Origin.EXISTING ? Dimension.EXISTING_TECHNOLOGIES : Dimension.PROPOSAL;
    }
}
