package io.archadvisor.facts;

import java.util.Objects;

/**
 * The name of the system being advised on.
 *
 * @param value the name
 */
public record SystemName(String value) implements InputFact {

    /** Requires a value. */
    public SystemName {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "system";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SYSTEM_NAME;
    }
}
