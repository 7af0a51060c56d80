package io.archadvisor.model;

import org.jspecify.annotations.Nullable;

/**
 * An architecture decision already taken, which advice must respect or explicitly depart from.
 *
 * @param topic topic (required)
 * @param choice choice (required)
 * @param rationale rationale
 */
public record Decision(
        DecisionTopic topic, String choice, @Nullable String rationale) {

    /** Validates every given value; {@code null} means unknown. */
    public Decision {
        Checks.required("decision.topic", topic);
        Checks.notBlank("decision.choice", choice);
    }
}
