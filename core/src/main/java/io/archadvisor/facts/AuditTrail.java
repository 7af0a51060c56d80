package io.archadvisor.facts;

/**
 * Whether the business needs an audit trail of changes. Inserted only when known.
 *
 * @param value the value
 */
public record AuditTrail(boolean value) implements InputFact {

    @Override
    public String path() {
        return "workload.auditTrail";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.WORKLOAD_AUDIT_TRAIL;
    }
}
