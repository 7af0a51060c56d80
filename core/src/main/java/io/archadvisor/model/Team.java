package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team that builds and runs the system.
 *
 * @param size size
 * @param expertise expertise
 * @param opsMaturity opsMaturity
 */
public record Team(
        @Nullable Integer size,
        @Nullable List<String> expertise,
        @Nullable Level opsMaturity) {

    /** Validates every given value; {@code null} means unknown. */
    public Team {
        Checks.atLeast("team.size", size, 1);
        expertise = Checks.list("team.expertise", expertise);
    }
}
