package io.archadvisor.facts;

/**
 * Whether security-relevant actions are audit-logged. Inserted only when known.
 *
 * @param value the value
 */
public record AuditLogging(boolean value) implements InputFact {

    @Override
    public String path() {
        return "security.auditLogging";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.SECURITY_AUDIT_LOGGING;
    }
}
