package io.archadvisor.facts;

/**
 * Whether IAM follows least privilege. Inserted only when known.
 *
 * @param value the value
 */
public record LeastPrivilege(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.leastPrivilege";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_LEAST_PRIVILEGE;
    }
}
