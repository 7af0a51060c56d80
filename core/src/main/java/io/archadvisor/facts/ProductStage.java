package io.archadvisor.facts;

import io.archadvisor.model.Stage;
import java.util.Objects;

/**
 * The product's stage. Inserted only when known.
 *
 * @param value the value
 */
public record ProductStage(Stage value) implements InputFact {

    /** Requires a value. */
    public ProductStage {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String path() {
        return "timeline.stage";
    }

    @Override
    public Object displayValue() {
        return value;
    }

    @Override
    public Dimension dimension() {
        return Dimension.TIMELINE_STAGE;
    }
}
