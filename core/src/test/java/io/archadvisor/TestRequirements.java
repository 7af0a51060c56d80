package io.archadvisor;

import io.archadvisor.model.ComplianceRegime;
import io.archadvisor.model.Nfrs;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceSpec;
import io.archadvisor.model.Team;
import io.archadvisor.model.TechnologyRef;
import java.util.List;

/** Small requirement documents for engine tests. */
final class TestRequirements {

    private TestRequirements() {}

    static Requirements team(int size) {
        return new Requirements(
                "s",
                null,
                new Team(size, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A team, PCI-DSS compliance, and a proposal of services (name, instances) using the given technologies. */
    static Requirements pciShop(int teamSize, List<String> technologies, Object... servicesAndInstances) {
        List<ServiceSpec> services = new java.util.ArrayList<>();
        for (int i = 0; i < servicesAndInstances.length; i += 2) {
            services.add(new ServiceSpec(
                    (String) servicesAndInstances[i], null, null, (Integer) servicesAndInstances[i + 1], null));
        }
        return new Requirements(
                "shop",
                null,
                new Team(teamSize, null, null),
                null,
                null,
                null,
                new Nfrs(null, null, null, null, List.of(ComplianceRegime.PCI_DSS), null),
                null,
                null,
                null,
                null,
                null,
                null,
                new Proposal(
                        null,
                        services,
                        null,
                        technologies.stream()
                                .map(t -> new TechnologyRef(t, null))
                                .toList()));
    }
}
