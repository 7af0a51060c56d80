package io.archadvisor.facts;

import io.archadvisor.model.AuthzModel;
import java.util.Objects;

/**
 * The authorization model. Inserted only when known.
 *
 * @param value the value
 */
public record Authorization(AuthzModel value) implements InputFact {

    /** Requires a value. */
    public Authorization {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "security.authorization";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_AUTHORIZATION;
    }
}
