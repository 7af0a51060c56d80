package io.archadvisor.model;

import java.util.List;

/**
 * A service or module of a proposal.
 *
 * @param name name (required)
 * @param datastores datastores
 * @param calls calls
 * @param instances instances
 * @param deploysWith deploysWith
 */
public record ServiceSpec(
        String name,
        List<String> datastores,
        List<ServiceCall> calls,
        Integer instances,
        List<String> deploysWith) {

    /** Validates every given value; {@code null} means unknown. */
    public ServiceSpec {
        Checks.notBlank("serviceSpec.name", name);
        datastores = Checks.list("serviceSpec.datastores", datastores);
        calls = Checks.list("serviceSpec.calls", calls);
        Checks.atLeast("serviceSpec.instances", instances, 1);
        deploysWith = Checks.list("serviceSpec.deploysWith", deploysWith);
    }
}
