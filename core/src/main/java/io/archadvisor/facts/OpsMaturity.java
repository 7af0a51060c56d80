package io.archadvisor.facts;

import io.archadvisor.model.Level;
import java.util.Objects;

/**
 * The team's operations maturity. Inserted only when known.
 *
 * @param value the value
 */
public record OpsMaturity(Level value) implements InputFact {

    /** Requires a value. */
    public OpsMaturity {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "team.opsMaturity";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.TEAM_OPS_MATURITY;
    }
}
