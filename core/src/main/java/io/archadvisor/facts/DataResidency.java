package io.archadvisor.facts;

import java.util.Objects;

/**
 * One region data must stay in (one fact per region). Inserted only when known.
 *
 * @param value the value
 * @param index its position in the list
 */
public record DataResidency(String value, int index) implements InputFact {

    /** Requires a value. */
    public DataResidency {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "nfrs.dataResidency[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_DATA_RESIDENCY;
    }
}
