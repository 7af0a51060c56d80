package io.archadvisor.facts;

import io.archadvisor.model.AuthMethod;
import java.util.Objects;

/**
 * One authentication mechanism in place (one fact per mechanism). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record Authentication(AuthMethod value, int index) implements InputFact {

    /** Requires a value. */
    public Authentication {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "security.authentication[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_AUTHENTICATION;
    }
}
