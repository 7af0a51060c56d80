package io.archadvisor.facts;

/**
 * Whether secrets live in a secrets manager. Inserted only when known.
 *
 * @param value the value
 */
public record SecretsManagement(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.secretsManagement";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_SECRETS;
    }
}
