package io.archadvisor.facts;

/**
 * Months until the first release. Inserted only when known.
 *
 * @param value the value
 */
public record MonthsToFirstRelease(int value) implements InputFact {

    @Override
    public String path() {
        return "timeline.monthsToFirstRelease";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.TIMELINE_FIRST_RELEASE;
    }
}
