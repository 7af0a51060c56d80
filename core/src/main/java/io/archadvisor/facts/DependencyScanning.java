package io.archadvisor.facts;

/**
 * Whether dependencies are scanned for vulnerabilities. Inserted only when known.
 *
 * @param value the value
 */
public record DependencyScanning(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.dependencyScanning";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_DEPENDENCY_SCANNING;
    }
}
