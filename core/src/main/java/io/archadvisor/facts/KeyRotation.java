package io.archadvisor.facts;

/**
 * Whether keys and credentials are rotated regularly. Inserted only when known.
 *
 * @param value the value
 */
public record KeyRotation(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.keyRotation";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_KEY_ROTATION;
    }
}
