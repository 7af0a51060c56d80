package io.archadvisor.facts;

import io.archadvisor.model.ComplianceRegime;
import java.util.Objects;

/**
 * One compliance regime that applies (one fact per regime). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record Compliance(ComplianceRegime value, int index) implements InputFact {

    /** Requires a value. */
    public Compliance {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "nfrs.compliance[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_COMPLIANCE;
    }
}
