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

    /**
     * Why Kubernetes does not pay (yet), each reason naming the fact (texts platform.* of the gitops bundle); empty
     * when it pays.
     */
    public static List<String> reasonsAgainstKubernetes(
            Pattern primary,
            Collection<?> teamSize,
            Collection<?> opsMaturity,
            Collection<?> proposedServices,
            Collection<?> contexts) {
        List<String> reasons = new ArrayList<>();
        if (primary != Pattern.MICROSERVICES) {
            reasons.add(
                    Messages.text("gitops", "platform", "notMicroservices", Messages.with("pattern", primary.label())));
            return reasons;
        }
        Integer team = teamSize.stream()
                .filter(TeamSize.class::isInstance)
                .map(t -> ((TeamSize) t).value())
                .findFirst()
                .orElse(null);
        if (team == null) {
            reasons.add(Messages.text("gitops", "platform", "teamUnknown", Messages.none()));
        } else if (team < MIN_TEAM) {
            reasons.add(Messages.text(
                    "gitops",
                    "platform",
                    "smallTeam",
                    Messages.with("team", team).and("minTeam", MIN_TEAM)));
        }
        Level ops = opsMaturity.stream()
                .filter(OpsMaturity.class::isInstance)
                .map(o -> ((OpsMaturity) o).value())
                .findFirst()
                .orElse(null);
        if (ops == null) {
            reasons.add(Messages.text("gitops", "platform", "opsUnknown", Messages.none()));
        } else if (ops == Level.LOW) {
            reasons.add(Messages.text("gitops", "platform", "opsLow", Messages.none()));
        }
        int services = services(proposedServices, contexts);
        if (services == 0) {
            reasons.add(Messages.text("gitops", "platform", "servicesUnknown", Messages.none()));
        } else if (services < MIN_SERVICES) {
            reasons.add(Messages.text(
                    "gitops",
                    "platform",
                    "fewServices",
                    Messages.with("services", services).and("minServices", MIN_SERVICES)));
        }
        return reasons;
    }
}
