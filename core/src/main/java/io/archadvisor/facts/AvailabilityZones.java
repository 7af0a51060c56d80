package io.archadvisor.facts;

/**
 * The number of availability zones per region. Inserted only when known.
 *
 * @param value the value
 */
public record AvailabilityZones(int value) implements InputFact {

    @Override
    public String path() {
        return "deployment.availabilityZones";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.DEPLOYMENT_ZONES;
    }
}
