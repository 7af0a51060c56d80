package io.archadvisor.facts;

import java.util.Objects;

/**
 * One named bounded context (one fact per context). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record BoundedContext(String value, int index) implements InputFact {

    /** Requires a value. */
    public BoundedContext {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "domain.boundedContexts[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DOMAIN_CONTEXTS;
    }
}
