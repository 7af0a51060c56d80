package io.archadvisor.facts;

import org.jspecify.annotations.Nullable;

/**
 * A fact derived from one known value of the requirements. Rules match these directly, for example
 * {@code TeamSize(value < 20)}; a value that is not known is represented by an {@link Unknown} fact instead.
 */
public interface InputFact {

    /** The requirements path this fact came from, such as {@code team.size} or {@code proposal.services[2]}. */
    String path();

    /** The value as it should be shown to a person, or {@code null} when it is unknown. */
    @Nullable
    Object displayValue();

    /** The dimension this fact gives a value for. */
    Dimension dimension();

    /** The fact in plain words, such as {@code team.size = 5}. */
    default String describe() {
        return path() + " = " + Values.display(displayValue());
    }
}
