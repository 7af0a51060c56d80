package io.archadvisor.facts;

import java.util.Objects;

/**
 * The cloud or hosting provider, lower case. Inserted only when known.
 *
 * @param value the value
 */
public record CloudProvider(String value) implements InputFact {

    /** Requires a value. */
    public CloudProvider {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "deployment.provider";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DEPLOYMENT_PROVIDER;
    }
}
