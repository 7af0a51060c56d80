package io.archadvisor.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of the requirements whose value is not known. Rules use it to ask instead of assume, for example
 * {@code Unknown(dimension == Dimension.TEAM_SIZE)}.
 *
 * @param dimension the dimension that is not known
 */
public record Unknown(Dimension dimension) implements InputFact {

    /** Requires a dimension. */
    public Unknown {
        Objects.requireNonNull(dimension, "dimension");
    }

    @Override
    public String path() {
        return dimension.path();
    }

    @Override
    public @Nullable Object displayValue() {
        return null;
    }

    @Override
    public String describe() {
        return dimension.path() + " is unknown";
    }
}
