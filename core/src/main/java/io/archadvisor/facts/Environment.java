package io.archadvisor.facts;

import io.archadvisor.model.DeploymentEnvironment;
import java.util.Objects;

/**
 * Where the system runs. Inserted only when known.
 *
 * @param value the value
 */
public record Environment(DeploymentEnvironment value) implements InputFact {

    /** Requires a value. */
    public Environment {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "deployment.environment";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DEPLOYMENT_ENVIRONMENT;
    }
}
