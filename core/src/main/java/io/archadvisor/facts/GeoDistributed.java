package io.archadvisor.facts;

/**
 * Whether users or devices are spread across geographies. Inserted only when known.
 *
 * @param value the value
 */
public record GeoDistributed(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.geoDistributed";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_GEO;
    }
}
