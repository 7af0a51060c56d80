package io.archadvisor.facts;

/**
 * The recovery point objective in minutes. Inserted only when known.
 *
 * @param value the value
 */
public record RpoMinutes(int value) implements InputFact {

    @Override
    public String path() {
        return "nfrs.rpoMinutes";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.NFR_RPO;
    }
}
