package io.archadvisor.facts;

/**
 * Whether traffic is encrypted in transit. Inserted only when known.
 *
 * @param value the value
 */
public record EncryptionInTransit(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.encryptionInTransit";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_ENCRYPTION_IN_TRANSIT;
    }
}
