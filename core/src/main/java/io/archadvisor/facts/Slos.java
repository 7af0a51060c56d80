package io.archadvisor.facts;

/**
 * Whether SLOs and error budgets are defined. Inserted only when known.
 *
 * @param value the value
 */
public record Slos(boolean value) implements InputFact {

    @Override
    public String path() {
        return "observability.slos";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.OBSERVABILITY_SLOS;
    }
}
