package io.archadvisor.rules.support;

/** The CI/CD and GitOps pipelines the deployment-strategy rules describe, by kind of runtime. */
public final class Delivery {

    private Delivery() {}

    private static final String CI = "pull request → CI (build, unit and contract tests, static analysis, dependency"
            + " and image scans, SBOM, signature) → artifact pushed by digest";

    /** The pipeline for a workload on a Kubernetes cluster reconciled by a GitOps agent. */
    public static String cluster() {
        return CI + " → a bot pull request bumps the digest in the environment repository → the GitOps agent (Argo CD"
                + " or Flux) syncs staging → smoke and load tests → promotion pull request to production → progressive"
                + " rollout by the agent";
    }

    /** The pipeline for a workload on managed containers or a PaaS, applied by the pipeline from git. */
    public static String managed() {
        return CI + " → the pipeline applies IaC and the new version to staging → smoke tests → approval → the same"
                + " digest deployed to production; git holds the deployed version of every environment";
    }

    /** The pipeline for a serverless workload. */
    public static String serverless() {
        return CI + " (function bundles) → an ephemeral stage per pull request → merge deploys staging through IaC →"
                + " smoke tests → production deploy that publishes a new function version behind an alias";
    }

    /** The pipeline for the runtime at hand. */
    public static String pipeline(boolean cluster) {
        return cluster ? cluster() : managed();
    }
}
