package io.archadvisor.graph;

import io.archadvisor.base.InvalidValueException;
import io.archadvisor.model.Pattern;
import java.util.Objects;

/**
 * The verdict on one pattern of the seed's table.
 *
 * @param pattern the pattern
 * @param verdict recommended, viable or avoid
 * @param score the sum of "best for" weights minus the sum of "avoid when" weights
 * @param primary whether this is the primary recommendation
 * @param provisional whether the verdict may change once open questions are answered
 * @param rationale the reasons in words, naming the facts
 */
public record PatternAssessment(
        Pattern pattern, Verdict verdict, int score, boolean primary, boolean provisional, String rationale)
        implements Node {

    /** Validates the node. */
    public PatternAssessment {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rationale, "rationale");
        if (primary && verdict == Verdict.AVOID) {
            throw new InvalidValueException("A primary pattern cannot be AVOID: " + pattern);
        }
    }

    @Override
    public String id() {
        return "pattern:" + pattern;
    }

    @Override
    public String summary() {
        return pattern.label() + ": " + verdict + (primary ? " (primary)" : "") + (provisional ? " (provisional)" : "");
    }
}
