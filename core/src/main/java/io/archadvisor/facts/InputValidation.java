package io.archadvisor.facts;

/**
 * Whether inputs are validated at every boundary. Inserted only when known.
 *
 * @param value the value
 */
public record InputValidation(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.inputValidation";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_INPUT_VALIDATION;
    }
}
