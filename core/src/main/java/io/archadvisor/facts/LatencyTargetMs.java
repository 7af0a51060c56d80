package io.archadvisor.facts;

/**
 * The p99 latency target in milliseconds. Inserted only when known.
 *
 * @param value the value
 */
public record LatencyTargetMs(int value) implements InputFact {

    @Override
    public String path() {
        return "nfrs.latencyP99Ms";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_LATENCY;
    }
}
