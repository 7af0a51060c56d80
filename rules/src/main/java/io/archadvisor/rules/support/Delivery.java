package io.archadvisor.rules.support;

/**
 * The CI/CD and GitOps pipelines the deployment-strategy rules describe, by kind of runtime; the words are the texts
 * delivery.* of the roadmap bundle.
 */
public final class Delivery {

    private Delivery() {}

    private static String ci() {
        return Messages.text("roadmap", "delivery", "ci", Messages.none());
    }

    /** The pipeline for a workload on a Kubernetes cluster reconciled by a GitOps agent. */
    public static String cluster() {
        return Messages.text("roadmap", "delivery", "cluster", Messages.with("ci", ci()));
    }

    /** The pipeline for a workload on managed containers or a PaaS, applied by the pipeline from git. */
    public static String managed() {
        return Messages.text("roadmap", "delivery", "managed", Messages.with("ci", ci()));
    }

    /** The pipeline for a serverless workload. */
    public static String serverless() {
        return Messages.text("roadmap", "delivery", "serverless", Messages.with("ci", ci()));
    }

    /** The pipeline for the runtime at hand. */
    public static String pipeline(boolean cluster) {
        return cluster ? cluster() : managed();
    }
}
