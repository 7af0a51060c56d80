package io.archadvisor.facts;

/**
 * Whether the system serves IoT devices. Inserted only when known.
 *
 * @param value the value
 */
public record Iot(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.iot";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_IOT;
    }
}
