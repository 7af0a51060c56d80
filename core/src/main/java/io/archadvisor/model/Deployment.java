package io.archadvisor.model;

/**
 * The deployment environment.
 *
 * @param environment environment
 * @param provider provider
 * @param kubernetes kubernetes
 * @param regions regions
 * @param availabilityZones availabilityZones
 */
public record Deployment(
        DeploymentEnvironment environment,
        String provider,
        Boolean kubernetes,
        Integer regions,
        Integer availabilityZones) {

    /** Validates every given value; {@code null} means unknown. */
    public Deployment {
        Checks.atLeast("deployment.regions", regions, 1);
        Checks.atLeast("deployment.availabilityZones", availabilityZones, 1);
    }
}
