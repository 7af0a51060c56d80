package io.archadvisor.facts;

/**
 * The number of regions the system is deployed to. Inserted only when known.
 *
 * @param value the value
 */
public record Regions(int value) implements InputFact {

    @Override
    public String path() {
        return "deployment.regions";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DEPLOYMENT_REGIONS;
    }
}
