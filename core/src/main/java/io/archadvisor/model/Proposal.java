package io.archadvisor.model;

import java.util.List;

/**
 * An architecture proposal to review.
 *
 * @param style style
 * @param services services
 * @param datastores datastores
 * @param technologies technologies
 */
public record Proposal(
        Pattern style, List<ServiceSpec> services, List<DatastoreSpec> datastores, List<TechnologyRef> technologies) {

    /** Validates every given value; {@code null} means unknown. */
    public Proposal {
        services = Checks.list("proposal.services", services);
        datastores = Checks.list("proposal.datastores", datastores);
        technologies = Checks.list("proposal.technologies", technologies);
    }
}
