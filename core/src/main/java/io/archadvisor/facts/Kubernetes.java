package io.archadvisor.facts;

/**
 * Whether the system runs on Kubernetes. Inserted only when known.
 *
 * @param value the value
 */
public record Kubernetes(boolean value) implements InputFact {

    @Override
    public String path() {
        return "deployment.kubernetes";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DEPLOYMENT_KUBERNETES;
    }
}
