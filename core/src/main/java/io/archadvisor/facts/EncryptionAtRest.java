package io.archadvisor.facts;

/**
 * Whether data is encrypted at rest. Inserted only when known.
 *
 * @param value the value
 */
public record EncryptionAtRest(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.encryptionAtRest";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_ENCRYPTION_AT_REST;
    }
}
