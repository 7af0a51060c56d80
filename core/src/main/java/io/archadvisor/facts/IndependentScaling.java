package io.archadvisor.facts;

/**
 * Whether parts of the system must scale independently. Inserted only when known.
 *
 * @param value the value
 */
public record IndependentScaling(boolean value) implements InputFact {

    @Override
    public String path() {
        return "domain.independentScaling";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DOMAIN_INDEPENDENT_SCALING;
    }
}
