package io.archadvisor.rules.support;

import io.archadvisor.facts.BoundedContext;
import io.archadvisor.facts.OpsMaturity;
import io.archadvisor.facts.ProposedService;
import io.archadvisor.facts.TeamSize;
import io.archadvisor.model.Level;
import io.archadvisor.model.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When Kubernetes pays for itself: a microservices design with at least {@value #MIN_SERVICES} deployable services, at
 * least {@value #MIN_TEAM} engineers and medium or high operations maturity. Below that, managed containers, a PaaS or
 * functions give the same deployment safety for a fraction of the operational load.
 */
public final class Platform {

    /** The smallest team that can staff a Kubernetes platform next to product work. */
    public static final int MIN_TEAM = 20;
    /** The fewest services for which a shared orchestrator beats per-service managed runtimes. */
    public static final int MIN_SERVICES = 5;

    private Platform() {}

    /** The number of deployable services: the proposal's services, else the bounded contexts (0 when neither is known). */
    public static int services(Collection<?> proposedServices, Collection<?> contexts) {
        long proposed = proposedServices.stream()
                .filter(ProposedService.class::isInstance)
                .map(s -> ((ProposedService) s).name())
                .distinct()
                .count();
        if (proposed > 0) {
            return (int) proposed;
        }
        return (int) contexts.stream()
                .filter(BoundedContext.class::isInstance)
                .map(c -> ((BoundedContext) c).value())
                .distinct()
                .count();
    }

    /** Whether Kubernetes pays for this design, team and service count; facts not given count as not met. */
    public static boolean kubernetesPays(
            Pattern primary,
            Collection<?> teamSize,
            Collection<?> opsMaturity,
            Collection<?> proposedServices,
            Collection<?> contexts) {
        return reasonsAgainstKubernetes(primary, teamSize, opsMaturity, proposedServices, contexts)
                .isEmpty();
    }

    /** Why Kubernetes does not pay (yet), each reason naming the fact; empty when it pays. */
    public static List<String> reasonsAgainstKubernetes(
            Pattern primary,
            Collection<?> teamSize,
            Collection<?> opsMaturity,
            Collection<?> proposedServices,
            Collection<?> contexts) {
        List<String> reasons = new ArrayList<>();
        if (primary != Pattern.MICROSERVICES) {
            reasons.add("the primary pattern is " + primary.label() + ", not Microservices, so there is no fleet of"
                    + " services to orchestrate");
            return reasons;
        }
        Integer team = teamSize.stream()
                .filter(TeamSize.class::isInstance)
                .map(t -> ((TeamSize) t).value())
                .findFirst()
                .orElse(null);
        if (team == null) {
            reasons.add("the team size is unknown (team.size)");
        } else if (team < MIN_TEAM) {
            reasons.add("a team of " + team + " engineers (< " + MIN_TEAM + ") cannot staff a cluster platform"
                    + " next to product work");
        }
        Level ops = opsMaturity.stream()
                .filter(OpsMaturity.class::isInstance)
                .map(o -> ((OpsMaturity) o).value())
                .findFirst()
                .orElse(null);
        if (ops == null) {
            reasons.add("the operations maturity is unknown (team.opsMaturity)");
        } else if (ops == Level.LOW) {
            reasons.add("operations maturity is low (team.opsMaturity = low)");
        }
        int services = services(proposedServices, contexts);
        if (services == 0) {
            reasons.add("the number of services is unknown (no proposal services or bounded contexts)");
        } else if (services < MIN_SERVICES) {
            reasons.add("only " + services + " services (< " + MIN_SERVICES + ") would run on it");
        }
        return reasons;
    }
}
