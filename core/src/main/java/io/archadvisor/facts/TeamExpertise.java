package io.archadvisor.facts;

import java.util.Objects;

/**
 * One skill of the team, lower case (one fact per skill). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record TeamExpertise(String value, int index) implements InputFact {

    /** Requires a value. */
    public TeamExpertise {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "team.expertise[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.TEAM_EXPERTISE;
    }
}
