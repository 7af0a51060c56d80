package io.archadvisor.facts;

/**
 * Whether distributed traces are collected. Inserted only when known.
 *
 * @param value the value
 */
public record Tracing(boolean value) implements InputFact {

    @Override
    public String path() {
        return "observability.traces";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.OBSERVABILITY_TRACES;
    }
}
