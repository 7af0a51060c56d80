package io.archadvisor.facts;

/**
 * The planning horizon of the projection, in months. Inserted only when known.
 *
 * @param value the value
 */
public record HorizonMonths(int value) implements InputFact {

    @Override
    public String path() {
        return "scale.horizonMonths";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_HORIZON;
    }
}
