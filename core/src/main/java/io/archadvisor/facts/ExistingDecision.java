package io.archadvisor.facts;

import io.archadvisor.model.DecisionTopic;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An architecture decision already taken.
 *
 * @param topic what the decision is about
 * @param choice what was chosen, lower case, such as {@code modular-monolith} or {@code postgresql}
 * @param rationale why, when given
 * @param index its position in {@code existing.decisions}
 */
public record ExistingDecision(
        DecisionTopic topic, String choice, @Nullable String rationale, int index) implements InputFact {

    /** Requires a topic and a choice. */
    public ExistingDecision {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(choice, "choice");
    }

    @Override
    public String path() {
        return "existing.decisions[" + index + "]";
    }

    @Override
    public Object displayValue() {
        return Values.display(topic) + ": " + choice;
    }

    @Override
    public Dimension dimension() {
        return Dimension.EXISTING_DECISIONS;
    }
}
