package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An architecture proposal to review.
 *
 * @param style style
 * @param services services
 * @param datastores datastores
 * @param technologies technologies
 */
public record Proposal(
        @Nullable Pattern style,
        @Nullable List<ServiceSpec> services,
        @Nullable List<DatastoreSpec> datastores,
        @Nullable List<TechnologyRef> technologies) {

    /** Validates every given value; {@code null} means unknown. */
    public Proposal {
        services = Checks.list("proposal.services", services);
        datastores = Checks.list("proposal.datastores", datastores);
        technologies = Checks.list("proposal.technologies", technologies);
    }
}
