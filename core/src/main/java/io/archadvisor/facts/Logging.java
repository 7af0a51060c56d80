package io.archadvisor.facts;

/**
 * Whether structured logs are collected. Inserted only when known.
 *
 * @param value the value
 */
public record Logging(boolean value) implements InputFact {

    @Override
    public String path() {
        return "observability.logs";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.OBSERVABILITY_LOGS;
    }
}
