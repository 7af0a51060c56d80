package io.archadvisor.facts;

/**
 * Whether builds produce an SBOM. Inserted only when known.
 *
 * @param value the value
 */
public record Sbom(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.sbom";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_SBOM;
    }
}
