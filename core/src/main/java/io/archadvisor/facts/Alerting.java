package io.archadvisor.facts;

/**
 * Whether alerting is in place. Inserted only when known.
 *
 * @param value the value
 */
public record Alerting(boolean value) implements InputFact {

    @Override
    public String path() {
        return "observability.alerting";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.OBSERVABILITY_ALERTING;
    }
}
