package io.archadvisor.facts;

/**
 * The availability target in percent, such as 99.95. Inserted only when known.
 *
 * @param value the value
 */
public record AvailabilityTarget(double value) implements InputFact {

    @Override
    public String path() {
        return "nfrs.availabilityPercent";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_AVAILABILITY;
    }
}
