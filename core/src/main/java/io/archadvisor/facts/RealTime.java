package io.archadvisor.facts;

/**
 * Whether the system has real-time needs. Inserted only when known.
 *
 * @param value the value
 */
public record RealTime(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.realTime";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_REAL_TIME;
    }
}
