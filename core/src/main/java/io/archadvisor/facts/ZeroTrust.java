package io.archadvisor.facts;

/**
 * Whether the network is zero-trust. Inserted only when known.
 *
 * @param value the value
 */
public record ZeroTrust(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.zeroTrust";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_ZERO_TRUST;
    }
}
