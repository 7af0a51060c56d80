package io.archadvisor.facts;

import io.archadvisor.model.SecurityControl;
import java.util.Objects;

/**
 * A security-by-default control the requirements explicitly relax (one fact per control). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record RelaxedControl(SecurityControl value, int index) implements InputFact {

    /** Requires a value. */
    public RelaxedControl {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "security.relaxedDefaults[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_RELAXED;
    }
}
