package io.archadvisor.facts;

import io.archadvisor.model.Level;
import java.util.Objects;

/**
 * How sensitive the system's owners are to running cost. Inserted only when known.
 *
 * @param value the value
 */
public record CostSensitivity(Level value) implements InputFact {

    /** Requires a value. */
    public CostSensitivity {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "budget.costSensitivity";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.BUDGET_COST_SENSITIVITY;
    }
}
