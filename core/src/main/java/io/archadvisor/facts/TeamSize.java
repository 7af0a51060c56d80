package io.archadvisor.facts;

/**
 * The number of engineers. Inserted only when known.
 *
 * @param value the value
 */
public record TeamSize(int value) implements InputFact {

    @Override
    public String path() {
        return "team.size";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.TEAM_SIZE;
    }
}
