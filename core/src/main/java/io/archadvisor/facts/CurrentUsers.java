package io.archadvisor.facts;

/**
 * Current number of users. Inserted only when known.
 *
 * @param value the value
 */
public record CurrentUsers(long value) implements InputFact {

    @Override
    public String path() {
        return "scale.currentUsers";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SCALE_CURRENT_USERS;
    }
}
