package io.archadvisor.facts;

/**
 * Whether metrics are collected. Inserted only when known.
 *
 * @param value the value
 */
public record Metrics(boolean value) implements InputFact {

    @Override
    public String path() {
        return "observability.metrics";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.OBSERVABILITY_METRICS;
    }
}
