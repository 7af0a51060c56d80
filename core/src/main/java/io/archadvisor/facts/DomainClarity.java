package io.archadvisor.facts;

import io.archadvisor.model.Clarity;
import java.util.Objects;

/**
 * How well the domain is understood. Inserted only when known.
 *
 * @param value the value
 */
public record DomainClarity(Clarity value) implements InputFact {

    /** Requires a value. */
    public DomainClarity {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "domain.clarity";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DOMAIN_CLARITY;
    }
}
