package io.archadvisor.facts;

/**
 * The recovery time objective in minutes. Inserted only when known.
 *
 * @param value the value
 */
public record RtoMinutes(int value) implements InputFact {

    @Override
    public String path() {
        return "nfrs.rtoMinutes";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_RTO;
    }
}
