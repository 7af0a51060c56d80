package io.archadvisor.facts;

import io.archadvisor.model.LoadShape;
import java.util.Objects;

/**
 * The shape of the load over time. Inserted only when known.
 *
 * @param value the value
 */
public record WorkloadShape(LoadShape value) implements InputFact {

    /** Requires a value. */
    public WorkloadShape {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "workload.shape";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_SHAPE;
    }
}
