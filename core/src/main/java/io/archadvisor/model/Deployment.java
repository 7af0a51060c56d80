package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

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
        @Nullable DeploymentEnvironment environment,
        @Nullable String provider,
        @Nullable Boolean kubernetes,
        @Nullable Integer regions,
        @Nullable Integer availabilityZones) {

    /** Validates every given value; {@code null} means unknown. */
    public Deployment {
        Checks.atLeast("deployment.regions", regions, 1);
        Checks.atLeast("deployment.availabilityZones", availabilityZones, 1);
    }
}
