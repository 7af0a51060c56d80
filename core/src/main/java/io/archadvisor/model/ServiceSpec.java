package io.archadvisor.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service or module of a proposal.
 *
 * @param name name (required)
 * @param datastores datastores
 * @param calls calls
 * @param instances instances
 * @param deploysWith deploysWith
 * @param practices practices with a modern replacement that the service uses (sessions in memory, shared-database
 *     integration, distributed transactions, synchronous fan-out, shared files, polling)
 * @param exposure how it can be reached from outside the system
 */
public record ServiceSpec(
        String name,
        @Nullable List<String> datastores,
        @Nullable List<ServiceCall> calls,
        @Nullable Integer instances,
        @Nullable List<String> deploysWith,
        @Nullable List<Practice> practices,
        @Nullable Exposure exposure) {

    /** Validates every given value; {@code null} means unknown. */
    public ServiceSpec {
        Checks.notBlank("serviceSpec.name", name);
        datastores = Checks.list("serviceSpec.datastores", datastores);
        calls = Checks.list("serviceSpec.calls", calls);
        Checks.atLeast("serviceSpec.instances", instances, 1);
        deploysWith = Checks.list("serviceSpec.deploysWith", deploysWith);
        practices = Checks.list("serviceSpec.practices", practices);
    }

    /** A service whose exposure is unknown. */
    public ServiceSpec(
            String name,
            @Nullable List<String> datastores,
            @Nullable List<ServiceCall> calls,
            @Nullable Integer instances,
            @Nullable List<String> deploysWith,
            @Nullable List<Practice> practices) {
        this(name, datastores, calls, instances, deploysWith, practices, null);
    }

    /** A service whose practices and exposure are unknown. */
    public ServiceSpec(
            String name,
            @Nullable List<String> datastores,
            @Nullable List<ServiceCall> calls,
            @Nullable Integer instances,
            @Nullable List<String> deploysWith) {
        this(name, datastores, calls, instances, deploysWith, null, null);
    }

    /** This service with other calls, everything else kept. */
    public ServiceSpec withCalls(@Nullable List<ServiceCall> otherCalls) {
        return new ServiceSpec(name, datastores, otherCalls, instances, deploysWith, practices, exposure);
    }
}
