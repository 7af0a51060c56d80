package io.archadvisor.facts;

/**
 * Whether artifacts are signed with attestations. Inserted only when known.
 *
 * @param value the value
 */
public record ArtifactSigning(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.artifactSigning";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_SIGNING;
    }
}
