package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What already exists: technologies, debt and decisions.
 *
 * @param technologies technologies
 * @param techDebt techDebt
 * @param decisions decisions
 */
public record ExistingInfrastructure(
        @Nullable List<TechnologyRef> technologies,
        @Nullable Level techDebt,
        @Nullable List<Decision> decisions) {

    /** Validates every given value; {@code null} means unknown. */
    public ExistingInfrastructure {
        technologies = Checks.list("existingInfrastructure.technologies", technologies);
        decisions = Checks.list("existingInfrastructure.decisions", decisions);
    }
}
