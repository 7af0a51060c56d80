package io.archadvisor.facts;

/**
 * Whether the system has asynchronous workflows. Inserted only when known.
 *
 * @param value the value
 */
public record AsyncWorkflows(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.asyncWorkflows";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_ASYNC;
    }
}
