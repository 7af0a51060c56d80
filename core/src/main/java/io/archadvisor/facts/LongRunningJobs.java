package io.archadvisor.facts;

/**
 * Whether the system runs long-running jobs. Inserted only when known.
 *
 * @param value the value
 */
public record LongRunningJobs(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.longRunningJobs";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_LONG_RUNNING;
    }
}
