package io.archadvisor.facts;

/**
 * The monthly infrastructure budget in US dollars. Inserted only when known.
 *
 * @param value the value
 */
public record MonthlyBudgetUsd(int value) implements InputFact {

    @Override
    public String path() {
        return "budget.monthlyUsd";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.BUDGET_MONTHLY;
    }
}
