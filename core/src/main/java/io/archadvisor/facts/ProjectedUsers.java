package io.archadvisor.facts;

/**
 * Projected number of users. Inserted only when known.
 *
 * @param value the value
 */
public record ProjectedUsers(long value) implements InputFact {

    @Override
    public String path() {
        return "scale.projectedUsers";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_PROJECTED_USERS;
    }
}
