package io.archadvisor.facts;

import io.archadvisor.model.Pattern;
import java.util.Objects;

/**
 * The architecture style a proposal uses. Inserted only when known.
 *
 * @param value the value
 */
public record ProposedStyle(Pattern value) implements InputFact {

    /** Requires a value. */
    public ProposedStyle {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "proposal.style";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.PROPOSAL_STYLE;
    }
}
