package io.archadvisor.facts;

/**
 * Whether the system is essentially simple CRUD request-response. Inserted only when known.
 *
 * @param value the value
 */
public record SimpleCrud(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.simpleCrud";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_SIMPLE_CRUD;
    }
}
