package io.archadvisor.graph;

import java.util.Objects;

/**
 * How the system is deployed and rolled back.
 *
 * @param code a stable key
 * @param approach the release approach, such as {@code canary}
 * @param pipeline the CI/CD and GitOps workflow
 * @param rollback the rollback procedure
 */
public record DeploymentStrategy(String code, String approach, String pipeline, String rollback) implements Node {

    /** Validates the node. */
    public DeploymentStrategy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(rollback, "rollback");
    }

    @Override
    public String id() {
        return "deployment:" + code;
    }

    @Override
    public String summary() {
        return approach + "; " + pipeline + "; rollback: " + rollback;
    }
}
