package io.archadvisor.facts;

/**
 * Projected peak load in requests per second. Inserted only when known.
 *
 * @param value the value
 */
public record ProjectedRps(int value) implements InputFact {

    @Override
    public String path() {
        return "scale.projectedRequestsPerSecond";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_PROJECTED_LOAD;
    }
}
