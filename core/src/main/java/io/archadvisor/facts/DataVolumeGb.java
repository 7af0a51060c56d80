package io.archadvisor.facts;

/**
 * Data volume in gigabytes. Inserted only when known.
 *
 * @param value the value
 */
public record DataVolumeGb(double value) implements InputFact {

    @Override
    public String path() {
        return "scale.dataVolumeGb";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_DATA_VOLUME;
    }
}
