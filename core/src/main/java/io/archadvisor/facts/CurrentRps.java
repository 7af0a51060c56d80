package io.archadvisor.facts;

/**
 * Current peak load in requests per second. Inserted only when known.
 *
 * @param value the value
 */
public record CurrentRps(int value) implements InputFact {

    @Override
    public String path() {
        return "scale.currentRequestsPerSecond";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_CURRENT_LOAD;
    }
}
