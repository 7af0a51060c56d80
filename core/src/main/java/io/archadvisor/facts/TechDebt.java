package io.archadvisor.facts;

import io.archadvisor.model.Level;
import java.util.Objects;

/**
 * The level of technical debt in what exists. Inserted only when known.
 *
 * @param value the value
 */
public record TechDebt(Level value) implements InputFact {

    /** Requires a value. */
    public TechDebt {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "existing.techDebt";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.EXISTING_TECH_DEBT;
    }
}
